using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore;

/// <summary>Begins an <see cref="AuditContext"/> for each request and ends it when the rest of the pipeline is done.</summary>
internal sealed class AuditContextMiddleware(RequestDelegate next, AuditContextSettings settings)
{
    private readonly AuditContextFeature _feature = new(settings);

    public async Task InvokeAsync(HttpContext http)
    {
        AuditContext context = HttpAuditContext.Create(http, settings);
        http.Features.Set(_feature);
        if (settings.EchoRequestId)
        {
            EchoRequestId(http, settings.RequestIdHeader, context.RequestId!);
        }

        // The scope restores the previous context (normally none) when the request is done, also when it fails. The
        // AsyncLocal write is local to this async method's flow, so it can never leak into another request.
        using (AuditContext.Begin(context))
        {
            await next(http).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the request id to the response when its headers are sent. Also used by the filters when they
    /// begin a context because the middleware is not in the pipeline.</summary>
    internal static void EchoRequestId(HttpContext http, string header, string requestId)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.OnStarting(static state =>
        {
            (HttpResponse response, string header, string id) = ((HttpResponse, string, string))state;
            response.Headers[header] = id;
            return Task.CompletedTask;
        }, (http.Response, header, requestId));
    }
}
