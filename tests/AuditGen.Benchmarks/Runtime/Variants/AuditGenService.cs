namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>4. AuditGen: the generated wrappers (the password is redacted by name).</summary>
public sealed partial class AuditGenService(ILogger logger) : ITransferService
{
    [Audit(Work.Operation, EventId = 1)]
    public partial int Transfer(string account, int amount, string password);

    [Audit(Work.Operation, EventId = 2)]
    public partial Task<int> TransferCompletedAsync(string account, int amount, string password);

    [Audit(Work.Operation, EventId = 3)]
    public partial Task<int> TransferYieldingAsync(string account, int amount, string password);

    [Audit(Work.Operation, EventId = 4)]
    public partial ValueTask<int> TransferValueTaskAsync(string account, int amount, string password);

    private int TransferCore(string account, int amount, string password) => Work.Sync(account, amount);

    private Task<int> TransferCompletedAsyncCore(string account, int amount, string password) => Work.Completed();

    private Task<int> TransferYieldingAsyncCore(string account, int amount, string password) => Work.Yielding(account, amount);

    private ValueTask<int> TransferValueTaskAsyncCore(string account, int amount, string password) => Work.ValueTask(account, amount);
}
