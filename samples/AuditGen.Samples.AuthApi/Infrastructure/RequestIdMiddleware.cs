using System.Diagnostics;

namespace AuditGen.Samples.AuthApi.Infrastructure;

/// <summary>
/// Returns <c>X-Response-Time</c> and puts the request id in a logging scope, so every log line of the request carries
/// it, not only audit records. The id is the audit context's (app.UseAuditContext: the caller's <c>X-Request-ID</c> when
/// it is sane, else ASP.NET Core's trace identifier), which that middleware also echoes in the response.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string ResponseTimeHeader = "X-Response-Time";

    public async Task InvokeAsync(HttpContext context)
    {
        string requestId = AuditContext.Current?.RequestId ?? context.TraceIdentifier;
        long start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[ResponseTimeHeader] = Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "ms";
            return Task.CompletedTask;
        });

        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            await next(context);
        }
    }
}
