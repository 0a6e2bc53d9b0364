// Theme (issue 10's misses, IdentityServer4's validation logs): an object whose ToString() serializes itself
// (ToString() => LogSerializer.Serialize(this)) prints every serialized member, named in the body or not. A member the
// type itself only ever sets through a redacting call (Obfuscate, Hash, Mask…) and a [JsonIgnore] member print no secret.
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

internal static class LogSerializer
{
    public static string Serialize(object value) => JsonSerializer.Serialize(value);
}

internal static class Obfuscation
{
    public static string Obfuscate(this string value) => value.Length > 4 ? "****" + value.Substring(value.Length - 4) : "****";
}

public sealed class ValidationLog
{
    public string ClientId { get; set; } = "";
    public string AccessToken { get; set; } = "";

    public override string ToString() => LogSerializer.Serialize(this);
}

public sealed class RequestLog
{
    public RequestLog(string clientId, string code, string refreshToken)
    {
        ClientId = clientId;
        AuthorizationCode = code.Obfuscate();
        RefreshToken = refreshToken?.Obfuscate() ?? "";
    }

    public string ClientId { get; }
    public string AuthorizationCode { get; }
    public string RefreshToken { get; }

    [JsonIgnore]
    public string Password { get; set; } = "";

    public override string ToString() => LogSerializer.Serialize(this);
}

public sealed class SummaryLog
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    public override string ToString() => JsonSerializer.Serialize(new { ClientId });
}

public sealed class SelfSerializing(ILogger<SelfSerializing> logger)
{
    private readonly ValidationLog _log = new();

    public void Run(string token, string clientId, string code, string refreshToken)
    {
        _log.AccessToken = token;
        logger.LogDebug("Token validation success\n{@logMessage}", _log); // leak
        logger.LogError("Token validation failed: {log}", _log); // leak
        logger.LogError("Token request failed, details: {@details}", new RequestLog(clientId, code, refreshToken)); // safe
        logger.LogError("Client: {@summary}", new SummaryLog { ClientId = clientId }); // safe
    }
}
