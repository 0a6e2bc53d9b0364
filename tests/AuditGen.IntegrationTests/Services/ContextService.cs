namespace AuditGen.IntegrationTests.Services;

/// <summary>Operations that use the audit context, roles, categories and Required (issue 11).</summary>
public partial class ContextService(ILogger? logger)
{
    public int CoreRuns { get; private set; }

    [Audit("user_login", Category = AuditCategory.Authentication)]
    public partial Task<bool> LoginAsync(string userName);

    [Audit("order_refund", Category = AuditCategory.DataChange)]
    public partial void Refund([AuditActor] string operatorId, [AuditTarget] int orderId, decimal amount);

    [Audit("key_rotate", Category = AuditCategory.Configuration, Required = true)]
    public partial void RotateKey(string keyName);

    [Audit("report_export", Required = true)]
    public partial Task<int> ExportAsync(int rows);

    [Audit("ping")]
    public partial void Ping();

    [Audit("impersonate", Sensitive = true, Category = AuditCategory.Administration)]
    public partial void Impersonate([AuditActor] string? onBehalfOf, [AuditTarget] string accountId, string reason);

    // The login learns who the user is; the record written when it returns carries the actor.
    private async Task<bool> LoginAsyncCore(string userName)
    {
        await Task.Yield();
        CoreRuns++;
        if (AuditContext.Current is { } context)
        {
            context.ActorId = "u-" + userName.Length;
        }

        return true;
    }

    private void RefundCore(string operatorId, int orderId, decimal amount) => CoreRuns++;

    private void RotateKeyCore(string keyName) => CoreRuns++;

    private Task<int> ExportAsyncCore(int rows)
    {
        CoreRuns++;
        return Task.FromResult(rows);
    }

    private void PingCore() => CoreRuns++;

    private void ImpersonateCore(string? onBehalfOf, string accountId, string reason) => CoreRuns++;
}
