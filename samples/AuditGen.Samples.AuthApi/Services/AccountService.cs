using AuditGen.Samples.AuthApi.Data;
using AuditGen.Samples.AuthApi.Security;
using Microsoft.Extensions.Options;

namespace AuditGen.Samples.AuthApi.Services;

/// <summary>
/// The audited operations. Every call writes one audit record: operation, category, outcome, duration, the e-mail it
/// acts on (the target), and from the request's audit context (app.UseAuditContext) the masked client address and the
/// request id; a login names its actor and hashed session once it knows them. Passwords, tokens and codes are redacted
/// by the generated wrappers because the operations are Sensitive. A password reset is Required: it does not run when
/// its record cannot be written.
/// </summary>
public sealed partial class AccountService(
    ILogger<AccountService> logger, Database database, Outbox outbox, TimeProvider time, IOptions<AuthApiOptions> options)
{
    private const string ResetPurpose = "password_reset";
    private const string OtpPurpose = "otp";

    [Audit("register", Sensitive = true, Category = AuditCategory.Administration)]
    public partial Task RegisterAsync([Logged, AuditTarget] string email, string password, CancellationToken cancellationToken);

    [Audit("login", Sensitive = true, Category = AuditCategory.Authentication)]
    [TrackPerformance(500)]
    public partial Task<string> LoginAsync([Logged, AuditTarget] string email, string password, CancellationToken cancellationToken);

    [Audit("forgot_password", Sensitive = true, Category = AuditCategory.Authentication)]
    public partial Task ForgotPasswordAsync([Logged, AuditTarget] string email, CancellationToken cancellationToken);

    [Audit("password_reset", Sensitive = true, Category = AuditCategory.Authentication, Required = true)]
    public partial Task ResetPasswordAsync([Logged, AuditTarget] string email, string token, string newPassword, CancellationToken cancellationToken);

    [Audit("verify_otp", Sensitive = true, Category = AuditCategory.Authentication)]
    public partial Task VerifyOtpAsync([Logged, AuditTarget] string email, string code, CancellationToken cancellationToken);

    private async Task RegisterAsyncCore(string email, string password, CancellationToken cancellationToken)
    {
        Validate(email, password);
        (byte[] hash, byte[] salt) = PasswordHasher.Hash(password);
        int inserted = await database.ExecuteAsync(
            "INSERT OR IGNORE INTO users (email, password_hash, salt, created_utc) VALUES ($email, $hash, $salt, $now)",
            cancellationToken,
            ("$email", Normalize(email)),
            ("$hash", hash),
            ("$salt", salt),
            ("$now", Now()));
        if (inserted == 0)
        {
            throw new InvalidOperationException("An account with this e-mail already exists.");
        }
    }

    private async Task<string> LoginAsyncCore(string email, string password, CancellationToken cancellationToken)
    {
        (byte[] Hash, byte[] Salt)? stored = await database.PasswordOfAsync(Normalize(email), cancellationToken);
        if (stored is not { } credentials || !PasswordHasher.Verify(password, credentials.Hash, credentials.Salt))
        {
            throw new AuthenticationFailedException("Invalid e-mail or password.");
        }

        string session = SecretTokens.NewToken();
        await database.ExecuteAsync(
            "INSERT INTO sessions (token_hash, email, expires_utc) VALUES ($hash, $email, $expires)",
            cancellationToken,
            ("$hash", SecretTokens.Fingerprint(session)),
            ("$email", Normalize(email)),
            ("$expires", Later(TimeSpan.FromHours(8))));

        // Who acts is known now: this login's own record, and every later record of the request, carry the actor (the
        // account id, here the normalized e-mail) and the session, hashed: the session token itself never reaches a log.
        if (AuditContext.Current is { } audit)
        {
            audit.ActorId = Normalize(email);
            audit.SetSession(session);
        }

        // Step-up verification: a one-time code goes out through the outbox after every successful login.
        string code = SecretTokens.NewCode();
        await StoreOneTimeSecretAsync(Normalize(email), code, OtpPurpose, cancellationToken);
        await outbox.EnqueueAsync(Normalize(email), OtpPurpose, code, cancellationToken);
        return session;
    }

    private async Task ForgotPasswordAsyncCore(string email, CancellationToken cancellationToken)
    {
        // Always "accepted": whether the account exists is not revealed to the caller.
        if (await database.ScalarAsync<long>("SELECT COUNT(*) FROM users WHERE email = $email", cancellationToken, ("$email", Normalize(email))) == 0)
        {
            return;
        }

        string token = SecretTokens.NewToken();
        await StoreOneTimeSecretAsync(Normalize(email), token, ResetPurpose, cancellationToken);
        await outbox.EnqueueAsync(Normalize(email), ResetPurpose, token, cancellationToken);
    }

    private async Task ResetPasswordAsyncCore(string email, string token, string newPassword, CancellationToken cancellationToken)
    {
        Validate(email, newPassword);
        await ConsumeOneTimeSecretAsync(Normalize(email), token, ResetPurpose, cancellationToken);
        (byte[] hash, byte[] salt) = PasswordHasher.Hash(newPassword);
        await database.ExecuteAsync(
            "UPDATE users SET password_hash = $hash, salt = $salt WHERE email = $email",
            cancellationToken,
            ("$hash", hash),
            ("$salt", salt),
            ("$email", Normalize(email)));
        await database.ExecuteAsync("DELETE FROM sessions WHERE email = $email", cancellationToken, ("$email", Normalize(email)));
    }

    private async Task VerifyOtpAsyncCore(string email, string code, CancellationToken cancellationToken)
    {
        await ConsumeOneTimeSecretAsync(Normalize(email), code, OtpPurpose, cancellationToken);
        if (AuditContext.Current is { } audit)
        {
            audit.ActorId = Normalize(email); // the code proves who it is
        }
    }

    private Task StoreOneTimeSecretAsync(string email, string secret, string purpose, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO one_time_secrets (secret_hash, email, purpose, expires_utc) VALUES ($hash, $email, $purpose, $expires)",
            cancellationToken,
            ("$hash", SecretTokens.Fingerprint(secret)),
            ("$email", email),
            ("$purpose", purpose),
            ("$expires", Later(TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes))));

    // Single use: one statement (atomic in SQLite) marks one unexpired, unused secret of the right purpose and account,
    // found by its hash as before (no comparison of the secret itself). Codes are not unique — another user, or this
    // one earlier, may hold an equal code — so the row is picked by account and hash, the newest if there are several.
    private async Task ConsumeOneTimeSecretAsync(string email, string secret, string purpose, CancellationToken cancellationToken)
    {
        int consumed = await database.ExecuteAsync(
            """
            UPDATE one_time_secrets SET used = 1
            WHERE used = 0 AND id = (
                SELECT id FROM one_time_secrets
                WHERE email = $email AND purpose = $purpose AND secret_hash = $hash AND used = 0 AND expires_utc > $now
                ORDER BY id DESC LIMIT 1)
            """,
            cancellationToken,
            ("$hash", SecretTokens.Fingerprint(secret)),
            ("$email", email),
            ("$purpose", purpose),
            ("$now", Now()));
        if (consumed != 1)
        {
            throw new AuthenticationFailedException("The token or code is invalid, expired or already used.");
        }
    }

    private static void Validate(string email, string password)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("A valid e-mail address is required.", nameof(email));
        }

        if (password is null || password.Length < 10)
        {
            throw new ArgumentException("The password must have at least 10 characters.", nameof(password));
        }
    }

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private string Now() => time.GetUtcNow().ToString("O");

    private string Later(TimeSpan span) => time.GetUtcNow().Add(span).ToString("O");
}
