using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore;

/// <summary>
/// What the endpoint and MVC filters do before the handler runs: authentication may have happened after the
/// middleware (endpoint-level <c>[Authorize]</c> authenticates in the authorization middleware), so the actor and tenant
/// are read again from the now-authenticated user. Without the middleware, a context is begun for the handler.
/// </summary>
internal sealed class AuditContextRefresh
{
    private AuditContextSettings? _registered;

    /// <summary>Refreshes the current context, or begins one when there is none.</summary>
    /// <returns>The scope to dispose when the handler is done if a context was begun; else <see langword="null"/>.</returns>
    public AuditContextScope? RefreshOrBegin(HttpContext http)
    {
        AuditContextSettings settings = SettingsFor(http);
        if (AuditContext.Current is { } current)
        {
            HttpAuditContext.RefreshUser(current, http.User, settings);
            return null;
        }

        AuditContext context = HttpAuditContext.Create(http, settings);
        if (settings.EchoRequestId)
        {
            AuditContextMiddleware.EchoRequestId(http, settings.RequestIdHeader, context.RequestId!);
        }

        return AuditContext.Begin(context);
    }

    // The middleware's settings when it ran for this request, else the registered options (frozen once: they are a
    // singleton). Invalid registered options throw here, with the same message as at start-up.
    private AuditContextSettings SettingsFor(HttpContext http) =>
        http.Features.Get<AuditContextFeature>()?.Settings
        ?? (_registered ??= (http.RequestServices.GetService<IOptions<AuditContextOptions>>()?.Value ?? new AuditContextOptions()).Freeze());
}
