using System.Diagnostics;

namespace AuditGen.Samples.AuthApi.Infrastructure;

/// <summary>
/// Gives every request an id (the caller's <c>X-Request-ID</c> when it is sane, else a new one), returns it with
/// <c>X-Response-Time</c>, and puts it in a logging scope so every log line of the request carries it.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string RequestIdHeader = "X-Request-ID";
    public const string ResponseTimeHeader = "X-Response-Time";

    public async Task InvokeAsync(HttpContext context)
    {
        string requestId = context.Request.Headers[RequestIdHeader] is [{ Length: > 0 and <= 128 } given] && given.All(IsSafe)
            ? given
            : Guid.NewGuid().ToString("N");
        long start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RequestIdHeader] = requestId;
            context.Response.Headers[ResponseTimeHeader] = Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "ms";
            return Task.CompletedTask;
        });

        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            await next(context);
        }
    }

    // Only characters that cannot forge log structure or headers.
    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
