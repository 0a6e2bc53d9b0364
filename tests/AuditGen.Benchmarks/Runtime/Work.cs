namespace AuditGen.Benchmarks.Runtime;

/// <summary>The business logic every variant wraps: trivial, so the wrapper's cost is what is measured.</summary>
public static class Work
{
    public const string Operation = "transfer";
    public const string Masked = "[REDACTED]";
    public const string Template = "{Operation} {Outcome} in {DurationMs} ms (account: {Account}, amount: {Amount}, password: {Password})";

    private static readonly Task<int> Cached = Task.FromResult(42);

    public static int Sync(string account, int amount) => account.Length + amount;

    // A completed task the business code already holds (a cache hit): the wrapper should add nothing to it.
    public static Task<int> Completed() => Cached;

    public static async Task<int> Yielding(string account, int amount)
    {
        await Task.Yield();
        return account.Length + amount;
    }

    public static ValueTask<int> ValueTask(string account, int amount) => new(account.Length + amount);
}
