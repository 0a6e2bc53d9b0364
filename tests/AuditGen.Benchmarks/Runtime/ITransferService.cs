namespace AuditGen.Benchmarks.Runtime;

/// <summary>
/// The benchmark scenario: one operation with three scalar parameters, one of them a secret, in four shapes. Every
/// variant writes the equivalent record: operation, outcome, duration, account, amount, and the password masked.
/// </summary>
public interface ITransferService
{
    int Transfer(string account, int amount, string password);

    Task<int> TransferCompletedAsync(string account, int amount, string password);

    Task<int> TransferYieldingAsync(string account, int amount, string password);

    ValueTask<int> TransferValueTaskAsync(string account, int amount, string password);
}
