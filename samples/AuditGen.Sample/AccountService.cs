using AuditGen;
using Microsoft.Extensions.Logging;

namespace AuditGen.Sample;

/// <summary>The README scenario: audited account operations whose secrets never reach the log.</summary>
public sealed partial class AccountService(ILogger<AccountService> logger)
{
    private readonly Dictionary<string, string> _resetTokens = new(StringComparer.OrdinalIgnoreCase);

    [Audit("login")]
    public partial Task<bool> LoginAsync(string email, string password);

    [Audit("password_reset", Sensitive = true)]
    [TrackPerformance(500)]
    public partial Task ResetPasswordAsync([Logged] string email, string token, string newPassword);

    [Audit("account_close")]
    public partial void CloseAccount(string email, [LogProperties] CloseRequest request);

    [TrackPerformance(50)]
    public partial int RebuildSearchIndex(int batchSize);

    public void IssueResetToken(string email, string token) => _resetTokens[email] = token;

    private async Task<bool> LoginAsyncCore(string email, string password)
    {
        await Task.Yield();
        logger.LogDebug("Checking credentials");
        return password.Length >= 8;
    }

    private async Task ResetPasswordAsyncCore(string email, string token, string newPassword)
    {
        await Task.Delay(10);
        if (!_resetTokens.TryGetValue(email, out string? expected) || expected != token)
        {
            throw new InvalidOperationException("The reset token is invalid or expired.");
        }

        _resetTokens.Remove(email);
        _ = newPassword;
    }

    private void CloseAccountCore(string email, CloseRequest request)
    {
        if (!request.Confirmed)
        {
            throw new InvalidOperationException($"Closing {email} was not confirmed.");
        }
    }

    private int RebuildSearchIndexCore(int batchSize)
    {
        Thread.Sleep(80);
        return batchSize * 3;
    }
}

/// <summary>A request whose compiler-generated <c>ToString()</c> would print the password.</summary>
public sealed record CloseRequest(string Reason, bool Confirmed, string Password);
