using System.Diagnostics;
using AuditGen.Benchmarks.Runtime;
using Microsoft.Extensions.Compliance.Classification;

namespace AuditGen.Benchmarks.Telemetry;

/// <summary>The taxonomy the redactor is configured for.</summary>
public static class BenchmarkTaxonomy
{
    public static DataClassification Private { get; } = new("Benchmark", "Private");
}

/// <summary>Marks data Microsoft.Extensions.Compliance redacts.</summary>
public sealed class PrivateDataAttribute() : DataClassificationAttribute(BenchmarkTaxonomy.Private);

/// <summary>
/// 5. Microsoft.Extensions.Telemetry's generator: a [LoggerMessage] whose password parameter is classified, redacted by
/// the configured redactor inside the extended logger; timing and try/catch written by hand as in variant 2.
/// </summary>
public sealed partial class TelemetryService(ILogger logger) : ITransferService
{
    public int Transfer(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = Work.Sync(account, amount);
        LogCompleted(logger, Work.Operation, "Succeeded", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, password);
        return result;
    }

    public Task<int> TransferCompletedAsync(string account, int amount, string password) => Measure(Work.Completed(), account, amount, password);

    public Task<int> TransferYieldingAsync(string account, int amount, string password) => Measure(Work.Yielding(account, amount), account, amount, password);

    public async ValueTask<int> TransferValueTaskAsync(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = await Work.ValueTask(account, amount);
        LogCompleted(logger, Work.Operation, "Succeeded", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, password);
        return result;
    }

    private async Task<int> Measure(Task<int> work, string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = await work;
        LogCompleted(logger, Work.Operation, "Succeeded", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, password);
        return result;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = Work.Template)]
    private static partial void LogCompleted(ILogger logger, string operation, string outcome, double durationMs, string account, int amount, [PrivateData] string password);
}
