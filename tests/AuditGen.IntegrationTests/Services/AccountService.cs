namespace AuditGen.IntegrationTests.Services;

public interface IAccountService
{
    Task ResetPasswordAsync(string email, string token);
}

/// <summary>The example, with a switchable body so tests can drive every outcome.</summary>
public partial class AccountService(ILogger<AccountService> logger) : IAccountService
{
    public Func<Task> Behavior { get; set; } = () => Task.CompletedTask;

    [Audit("password_reset", Sensitive = true)]
    [TrackPerformance(500)]
    public partial Task ResetPasswordAsync([Logged] string email, string token);

    [Audit("login")]
    public partial Task<bool> LoginAsync(string email, string password, int attempt);

    [Audit("transfer", Level = LogLevel.Debug, EventId = 7001)]
    public partial ValueTask<decimal> TransferAsync(string fromAccount, decimal amount, CancellationToken cancellationToken);

    [Audit("close")]
    public partial void Close(string email, [LogProperties] CloseRequest request, CloseRequest audited, [NotLogged] string internalNote);

    [Audit("rename")]
    public partial int Rename(ref string name, out bool changed, [Sensitive] string reason);

    [TrackPerformance(40)]
    public partial int Compute(int milliseconds);

    private async Task ResetPasswordAsyncCore(string email, string token) => await Behavior();

    private async Task<bool> LoginAsyncCore(string email, string password, int attempt)
    {
        await Behavior();
        return password.Length > 3;
    }

    private async ValueTask<decimal> TransferAsyncCore(string fromAccount, decimal amount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Behavior();
        return amount;
    }

    private void CloseAccountGuard(CloseRequest request)
    {
        if (!request.Confirmed)
        {
            throw new InvalidOperationException("not confirmed");
        }
    }

    private void CloseCore(string email, CloseRequest request, CloseRequest audited, string internalNote) => CloseAccountGuard(request);

    private int RenameCore(ref string name, out bool changed, string reason)
    {
        name = name.ToUpperInvariant();
        changed = true;
        return name.Length;
    }

    private int ComputeCore(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return milliseconds;
    }
}

/// <summary>A record whose compiler-generated ToString() prints its password.</summary>
public sealed record CloseRequest(string Reason, bool Confirmed, string Password, [property: Sensitive] string Comment);
