// Theme (issue 10, found on real repositories): names that do not speak for what a log gets. An object is written as
// its ToString() prints it, not as it is called; a bare "key" is a lookup key; a numeric "code" is a status code.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class SigningKeyInfo { public string KeyId { get; set; } = ""; public byte[] Material { get; set; } = []; }
public sealed class TokenLogEntry
{
    public TokenLogEntry(string clientId, string[] sensitiveValuesFilter) { ClientId = clientId; }
    public string ClientId { get; }
    public override string ToString() => "client " + ClientId;
}

public sealed class Precision(ILogger<Precision> logger)
{
    private static void LogBoxedError(ILogger logger, object code) => logger.LogWarning("Kafka error {Code}", code); // a boxed error code // safe

    private static string AssertionProviderLoadingFailureMessage() => "Loading {Provider} failed";

    public void Run(SigningKeyInfo key, SigningKeyInfo signingKey, string cacheKey, string persistedGrantKey, byte[] keyBytes, int code,
        string clientId, string[] tokenRequestSensitiveValuesFilter, string jsonToken, System.Exception exception, string scopes, List<string> apiKeys,
        string taskKey, string ownerKey, string tokenExchangeUrl, string signedAssertionUri, string passwordResetUrl, string cookieFile)
    {
        foreach (var token in clientId.Split(','))
        {
            logger.LogWarning("Unexpected {Value} in the header format", token); // a lexical token of split text // safe
        }

        var parts = scopes.Split(' ');
        foreach (var token in parts)
        {
            logger.LogDebug("Part {Value}", token); // safe
        }

        foreach (var token in apiKeys)
        {
            logger.LogDebug("Key {Value}", token); // leak
        }

        logger.LogWarning(AssertionProviderLoadingFailureMessage(), clientId); // names a message, not an assertion // safe
        var languageCode = clientId.Substring(1, 2);
        var code = clientId.Substring(1, 2);
        logger.LogWarning("Unknown language {Code}", code); // a fragment of text // safe
        logger.LogWarning("Captured keys={Keys}", taskKey); // prose about lookup keys // safe
        logger.LogInformation($"Exchanging with tokenExchangeUrl={tokenExchangeUrl}"); // an endpoint // safe
        object errorCode = code;
        object boxed = errorCode;
        LogBoxedError(logger, boxed);
        logger.LogWarning("Task {TaskKey} already scheduled", taskKey); // safe
        logger.LogWarning("Owner {Owner} not found", ownerKey); // safe
        logger.LogInformation("Exchanging at {Url}", tokenExchangeUrl); // the endpoint that issues tokens // safe
        logger.LogInformation("Fetching from {Uri}", signedAssertionUri); // safe
        logger.LogInformation("Reset link {Url}", passwordResetUrl); // carries the reset token // leak
        logger.LogWarning("Cookie file {Path} not found", cookieFile); // a path // safe
        logger.LogError("Unsupported key {SigningKey}", signingKey); // prints its type name // safe
        logger.LogError("Unsupported signing key {Key}", key); // prints its type name // safe
        logger.LogError("Unsupported signing key {Key}", signingKey); // prints its type name // safe
        logger.LogDebug("Cache miss for {Key}", cacheKey); // safe
        logger.LogDebug("Grant {PersistedGrantKey} not found", persistedGrantKey); // safe
        logger.LogTrace("Grant {Key} removed", persistedGrantKey); // safe
        logger.LogTrace("Key material {Value}", keyBytes); // leak
        logger.LogWarning("Exited with {Code}", code); // safe
        var details = new TokenLogEntry(clientId, tokenRequestSensitiveValuesFilter);
        logger.LogInformation("Token request {Details}", details); // safe
        logger.LogDebug("Unsupported {Value}", jsonToken); // safe
        logger.LogError("JWT validation failed: {Exception}", exception.Message); // safe
        logger.LogDebug("Requested token scopes: {Scopes}", scopes); // safe
        logger.LogDebug("Keys {Keys}", apiKeys); // Microsoft.Extensions.Logging writes a list's elements // leak
    }
}
