namespace AuditGen.OpenTelemetryTests;

public sealed class AuthenticationFailedException(string message) : Exception(message);

/// <summary>An audited login compiled with the OpenTelemetry key profile.</summary>
public partial class LoginService(ILogger<LoginService> logger)
{
    [Audit("user_login", Category = AuditCategory.Authentication)]
    [TrackPerformance(1)]
    public partial Task<bool> LoginAsync(string userName, string password);

    [Audit("account_lock", Category = AuditCategory.Administration)]
    public partial void Lock([AuditTarget] string accountId);

    private async Task<bool> LoginAsyncCore(string userName, string password)
    {
        await Task.Delay(5);
        if (password != "correct horse")
        {
            throw new AuthenticationFailedException("bad password for " + userName);
        }

        if (AuditContext.Current is { } context)
        {
            context.ActorId = "u-" + userName.Length;
        }
        return true;
    }

    private void LockCore(string accountId)
    {
    }
}
