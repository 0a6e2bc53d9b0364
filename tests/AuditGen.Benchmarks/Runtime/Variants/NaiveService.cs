using System.Diagnostics;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>3. <c>logger.LogInformation(template, args)</c> extension calls: what CA1848 warns about (params array, boxing).</summary>
public sealed class NaiveService(ILogger logger) : ITransferService
{
    public int Transfer(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = Work.Sync(account, amount);
        Log(start, account, amount);
        return result;
    }

    public async Task<int> TransferCompletedAsync(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = await Work.Completed();
        Log(start, account, amount);
        return result;
    }

    public async Task<int> TransferYieldingAsync(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = await Work.Yielding(account, amount);
        Log(start, account, amount);
        return result;
    }

    public async ValueTask<int> TransferValueTaskAsync(string account, int amount, string password)
    {
        long start = Stopwatch.GetTimestamp();
        int result = await Work.ValueTask(account, amount);
        Log(start, account, amount);
        return result;
    }

    private void Log(long start, string account, int amount) =>
        logger.LogInformation(Work.Template, Work.Operation, "Succeeded", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, Work.Masked);
}
