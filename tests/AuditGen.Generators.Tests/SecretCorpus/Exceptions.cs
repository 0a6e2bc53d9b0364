// Theme: secrets written into the message of a thrown exception (AG1007): no logger call, yet every provider prints
// the message when the exception is logged. Look-alikes: parameter names, lengths, redacted values, exceptions that are
// created but not thrown, and messages that only mention the word.
using System;
using System.Collections.Generic;
using AuditGen;

public sealed class ApiCredentials { public string ClientId { get; set; } = ""; public string ClientSecret { get; set; } = ""; }

public sealed class TokenRejectedException(string reason) : Exception(reason);

public sealed class Exceptions
{
    public void Reset(string resetToken, string email, int userId)
    {
        if (resetToken.Length == 0) throw new ArgumentException("Reset token must not be empty", nameof(resetToken)); // safe
        if (resetToken.Length < 16) throw new ArgumentException($"Reset token '{resetToken}' is too short", nameof(resetToken)); // leak
        if (userId < 0) throw new ArgumentOutOfRangeException(nameof(userId), userId, "User id must be positive"); // safe
        if (email.Length == 0) throw new InvalidOperationException($"No reset token was issued for user {userId}"); // safe
        throw new InvalidOperationException($"Reset token of length {resetToken.Length} rejected for {email}"); // safe
    }

    public void Connect(ApiCredentials credentials, string connectionString, string host)
    {
        if (host.Length == 0) throw new InvalidOperationException("Cannot connect to " + connectionString); // leak
        if (host.Length == 1) throw new InvalidOperationException($"Client {credentials.ClientId} was rejected"); // safe
        if (host.Length == 2) throw new UnauthorizedAccessException($"Client {credentials.ClientId}:{credentials.ClientSecret} was rejected"); // leak
        if (host.Length == 3) throw new InvalidOperationException($"Cannot connect to {host}"); // safe
        if (host.Length == 4) throw new InvalidOperationException("Server=db;User Id=sa;Password=Sup3rS3cret!;"); // leak
        throw new InvalidOperationException(string.Format("Host {0} refused key {1}", host, credentials.ClientSecret)); // leak
    }

    public string Require(IDictionary<string, string> settings, string name, string? apiKey)
    {
        var value = apiKey ?? throw new InvalidOperationException("API key missing for " + name); // safe
        if (!settings.ContainsKey(name)) throw new KeyNotFoundException($"Setting '{name}' is missing"); // safe
        if (value.Length != 32) throw new FormatException("Malformed API key " + value); // leak
        return settings[name] ?? throw new InvalidOperationException($"Empty value for {name}, key {apiKey}"); // leak
    }

    public void Verify(string otp, string password, string passwordHint, bool strict)
    {
        var rejected = new TokenRejectedException($"One-time code {otp} rejected"); // leak
        if (strict) throw rejected;
        if (password.Length < 8) throw new ArgumentException($"Password '{AuditLog.Redact(password)}' is too short"); // safe
        if (passwordHint.Length > 40) throw new ArgumentException($"Hint '{passwordHint}' is too long"); // safe
        var unused = new InvalidOperationException($"password {password}"); // safe
        throw new TokenRejectedException("Password " + password + " does not match"); // leak
    }

    public void LookAlikes(System.Net.Http.HttpResponseMessage response, Dictionary<string, int> ciphersByName, Dictionary<string, string> apiKeys, string jobName, string state)
    {
        if (jobName.Length == 0) throw new InvalidOperationException("Request failed. Status code: " + response.StatusCode); // safe
        if (jobName.Length == 1) throw new KeyNotFoundException($"Cannot find job key: {typeof(Exceptions)}"); // safe
        var available = string.Join(", ", ciphersByName.Keys);
        if (jobName.Length == 2) throw new InvalidOperationException($"Unknown cipher '{jobName}'. Available: {available}"); // safe
        if (jobName.Length == 3) throw new InvalidOperationException("Cache key: " + jobName); // safe
        if (jobName.Length == 4) throw new InvalidOperationException($"Configured keys: {string.Join(", ", apiKeys.Values)}"); // leak
        throw new InvalidOperationException($"Callback failed: state={state}&code={jobName}"); // leak
    }

    public Exception Invalid(string bearerToken) => new UnauthorizedAccessException($"Bearer {bearerToken} rejected"); // leak

    public Exception Describe(string token) => new InvalidOperationException($"Token with {token.Length} characters"); // safe
}
