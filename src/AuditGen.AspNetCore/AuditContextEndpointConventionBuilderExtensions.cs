using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore;

/// <summary>Adds the audit-context endpoint filter to minimal-API endpoints and route groups.</summary>
public static class AuditContextEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Refreshes the audit context's actor and tenant from <c>HttpContext.User</c> right before the handler runs, after
    /// endpoint-level authentication (<c>RequireAuthorization</c>, <c>[Authorize]</c>) has set the user; begins a
    /// context for the handler when <c>UseAuditContext</c> is not in the pipeline. Claim types come from the
    /// middleware's options when it ran, else from <c>services.AddAuditContext(...)</c>, else the defaults.
    /// </summary>
    /// <typeparam name="TBuilder">A <see cref="RouteHandlerBuilder"/>, a <see cref="Microsoft.AspNetCore.Routing.RouteGroupBuilder"/>, or any endpoint convention builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <returns>The same builder.</returns>
    /// <example><code>
    /// app.MapGroup("/orders").RequireAuthorization().WithAuditContext();
    /// </code></example>
    public static TBuilder WithAuditContext<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(new AuditContextEndpointFilter());
    }
}
