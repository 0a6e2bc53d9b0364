using AuditGen.Benchmarks.Runtime;
using AuditGen.Benchmarks.Runtime.Variants;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace AuditGen.Benchmarks.Telemetry;

/// <summary>Variant 5 in the same shapes and logger setups as <c>TransferBenchmarks</c>; Bare is repeated to compare the floors of both runs.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TelemetryBenchmarks
{
    private const string Account = "acc-0042";
    private const string Password = "s3cret-Passw0rd";

    private ServiceProvider _services = null!;
    private ITransferService _bare = null!;
    private ITransferService _telemetry = null!;

    [Params(LoggerMode.Disabled, LoggerMode.EnabledNoRead, LoggerMode.Formatting)]
    public LoggerMode Logger { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ILogger sink = BenchmarkLoggers.Create(Logger);
        _services = new ServiceCollection()
            .AddLogging(logging => logging
                .ClearProviders()
                .SetMinimumLevel(Logger == LoggerMode.Disabled ? LogLevel.None : LogLevel.Trace)
                .EnableRedaction()
                .AddProvider(new SingleLoggerProvider(sink)))
            .AddRedaction(redaction => redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(BenchmarkTaxonomy.Private)))
            .BuildServiceProvider();
        _bare = new BareService();
        _telemetry = new TelemetryService(_services.GetRequiredService<ILoggerFactory>().CreateLogger("Benchmark"));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("Sync")] public int Bare_Sync() => _bare.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int Telemetry_Sync() => _telemetry.Transfer(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("TaskCompleted")] public Task<int> Bare_TaskCompleted() => _bare.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> Telemetry_TaskCompleted() => _telemetry.TransferCompletedAsync(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("TaskYielding")] public Task<int> Bare_TaskYielding() => _bare.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> Telemetry_TaskYielding() => _telemetry.TransferYieldingAsync(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("ValueTask")] public ValueTask<int> Bare_ValueTask() => _bare.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> Telemetry_ValueTask() => _telemetry.TransferValueTaskAsync(Account, 10, Password);

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
