using System.Diagnostics;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>[TrackPerformance] alone: a fast call (under its threshold) and a call that spins past a 1 ms threshold.</summary>
public sealed partial class TrackedAuditGenService(ILogger logger)
{
    [TrackPerformance(1000)]
    public partial int Fast(string account, int amount);

    [TrackPerformance(1)]
    public partial int Slow(string account, int amount);

    private int FastCore(string account, int amount) => Work.Sync(account, amount);

    private int SlowCore(string account, int amount) => TrackedWork.SpinPastOneMillisecond(account, amount);
}

/// <summary>The same by hand: <c>Stopwatch.GetTimestamp</c>, a threshold check and a [LoggerMessage] warning.</summary>
public sealed partial class TrackedHandWrittenService(ILogger logger)
{
    public int Fast(string account, int amount) => Track(Work.Sync(account, amount), Stopwatch.GetTimestamp(), 1000);

    public int Slow(string account, int amount)
    {
        long start = Stopwatch.GetTimestamp();
        return Track(TrackedWork.SpinPastOneMillisecond(account, amount), start, 1);
    }

    private int Track(int result, long start, int thresholdMs)
    {
        double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (elapsed >= thresholdMs)
        {
            LogSlow(logger, Work.Operation, elapsed, thresholdMs);
        }

        return result;
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Operation} took {DurationMs} ms, at or over its {ThresholdMs} ms threshold")]
    private static partial void LogSlow(ILogger logger, string operation, double durationMs, int thresholdMs);
}

/// <summary>Busy work that reliably takes just over a millisecond.</summary>
public static class TrackedWork
{
    public static int SpinPastOneMillisecond(string account, int amount)
    {
        long until = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 950);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(10);
        }

        return account.Length + amount;
    }
}
