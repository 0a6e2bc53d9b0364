namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>1. The floor: the call with no logging at all.</summary>
public sealed class BareService : ITransferService
{
    public int Transfer(string account, int amount, string password) => Work.Sync(account, amount);

    public Task<int> TransferCompletedAsync(string account, int amount, string password) => Work.Completed();

    public Task<int> TransferYieldingAsync(string account, int amount, string password) => Work.Yielding(account, amount);

    public ValueTask<int> TransferValueTaskAsync(string account, int amount, string password) => Work.ValueTask(account, amount);
}
