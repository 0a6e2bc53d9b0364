using System.Diagnostics;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>
/// 2. What a careful engineer writes by hand: Microsoft's [LoggerMessage] generator, <c>Stopwatch.GetTimestamp</c>,
/// try/catch, the password masked, and ordinary <c>async</c>/<c>await</c> for the asynchronous shapes.
/// </summary>
public sealed partial class HandWrittenService(ILogger logger) : ITransferService
{
    public int Transfer(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            int result = Work.Sync(account, amount);
            LogCompleted(logger, Work.Operation, "Succeeded", Elapsed(start), account, amount, Work.Masked);
            return result;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, Work.Operation, "Failed", Elapsed(start), account, amount, Work.Masked);
            throw;
        }
    }

    public Task<int> TransferCompletedAsync(string account, int amount, string password) => Measure(Work.Completed(), account, amount);

    public Task<int> TransferYieldingAsync(string account, int amount, string password) => Measure(Work.Yielding(account, amount), account, amount);

    public async ValueTask<int> TransferValueTaskAsync(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            int result = await Work.ValueTask(account, amount);
            LogCompleted(logger, Work.Operation, "Succeeded", Elapsed(start), account, amount, Work.Masked);
            return result;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, Work.Operation, "Failed", Elapsed(start), account, amount, Work.Masked);
            throw;
        }
    }

    private async Task<int> Measure(Task<int> work, string account, int amount)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            int result = await work;
            LogCompleted(logger, Work.Operation, "Succeeded", Elapsed(start), account, amount, Work.Masked);
            return result;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, Work.Operation, "Failed", Elapsed(start), account, amount, Work.Masked);
            throw;
        }
    }

    private static double Elapsed(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = Work.Template)]
    private static partial void LogCompleted(ILogger logger, string operation, string outcome, double durationMs, string account, int amount, string password);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = Work.Template)]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string outcome, double durationMs, string account, int amount, string password);
}
