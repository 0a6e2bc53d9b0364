// Theme (issue 10): a session id names a session (a playback, a checkout); a session's bearer value is its cookie or
// token, caught by its source or its word.
using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

public sealed class Sessions(ILogger<Sessions> logger)
{
    public void Run(string sessionId, Guid playbackSessionId, string checkoutSessionId, string sessionToken, string sessionKey, System.Net.Cookie sessionCookie, IRequestCookieCollection cookies)
    {
        logger.LogInformation("Playback {SessionId} started", playbackSessionId); // safe
        logger.LogInformation("Checkout session {SessionId} completed", checkoutSessionId); // safe
        logger.LogInformation("Session {Id} expired", sessionId); // safe
        logger.LogInformation("Session {Token}", sessionToken); // leak
        logger.LogInformation("Session key {Key}", sessionKey); // leak
        logger.LogInformation("Session cookie {Value}", sessionCookie.Value); // leak
        logger.LogInformation("Session {Value}", cookies[".AspNetCore.Session"]); // leak
    }
}

namespace Microsoft.AspNetCore.Http
{
    public interface IRequestCookieCollection { string? this[string key] { get; } }
}
