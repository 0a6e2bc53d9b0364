using AuditGen.Benchmarks.Runtime.Variants;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>
/// <c>dotnet run -c Release --project tests/AuditGen.Benchmarks -- verify</c>: calls every variant once per shape and prints
/// the messages it logged, to show they all write the equivalent record (and that AspectInjector's weaving took effect).
/// </summary>
public static class VariantCheck
{
    public static async Task<int> RunAsync()
    {
        int failures = 0;
        foreach ((string name, Func<ILogger, ITransferService> create) in Variants())
        {
            var logger = new CollectingLogger();
            ITransferService service = create(logger);
            service.Transfer("acc-0042", 10, "s3cret-Passw0rd");
            await service.TransferCompletedAsync("acc-0042", 10, "s3cret-Passw0rd");
            await service.TransferYieldingAsync("acc-0042", 10, "s3cret-Passw0rd");
            await service.TransferValueTaskAsync("acc-0042", 10, "s3cret-Passw0rd");
            bool ok = logger.Messages.Count == 4 && logger.Messages.All(m => !m.Contains("s3cret", StringComparison.Ordinal));
            failures += ok ? 0 : 1;
            Console.WriteLine($"{name,-15} {(ok ? "ok" : "MISMATCH")}  {logger.Messages.Count} records, e.g. {logger.Messages.FirstOrDefault()}");
        }

        return failures;
    }

    private static IEnumerable<(string, Func<ILogger, ITransferService>)> Variants() =>
    [
        ("HandWritten", l => new HandWrittenService(l)),
        ("Naive", l => new NaiveService(l)),
        ("AuditGen", l => new AuditGenService(l)),
        ("DispatchProxy", DispatchProxyService.Create),
        ("Castle", CastleProxyService.Create),
        ("AspectInjector", l => new AspectInjectorService(l)),
    ];

    private sealed class CollectingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
