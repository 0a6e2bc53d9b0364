// Theme (issue 10, Smartstore's SMS client): text before a value ("Code: ", "token=") names what follows, unless the
// value's own name ends with that word and qualifies it into something that is no secret (ErrorCode, pageToken).
using System;
using Microsoft.Extensions.Logging;

public sealed class ProviderResponse
{
    public string Error { get; set; } = "";
    public string ErrorCode { get; set; } = "";
    public string Description { get; set; } = "";
    public string Value { get; set; } = "";
}

public sealed class KeyRefinement(ILogger<KeyRefinement> logger)
{
    public void Run(ProviderResponse response, string pageToken, string current, string verificationCode)
    {
        logger.LogError($"Provider error: {response.Error} (Code: {response.ErrorCode}, Description: {response.Description})"); // safe
        logger.LogDebug("Next page with token=" + pageToken); // safe
        logger.LogDebug("Sent (Code: {0})", response.ErrorCode); // safe
        logger.LogError($"Provider answered (Code: {response.Value})"); // leak
        logger.LogDebug("Calling with token=" + current); // leak
        logger.LogDebug($"Sent (Code: {verificationCode})"); // leak
    }

    public void Fail(ProviderResponse response, string current)
    {
        string message = $"Provider error: {response.Error} (Code: {response.ErrorCode})";
        logger.LogError(message); // safe
        throw new InvalidOperationException(message); // safe
    }

    public void FailWithSecret(string current) =>
        throw new InvalidOperationException($"Rejected (Code: {current})"); // leak
}
