using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore;

/// <summary>Adds the audit-context middleware to an ASP.NET Core pipeline.</summary>
public static class AuditContextApplicationBuilderExtensions
{
    /// <summary>
    /// Begins an <see cref="AuditContext"/> for every request, ended when the request is done: <c>ActorId</c> (and
    /// <c>TenantId</c>) from the authenticated <c>HttpContext.User</c>, <c>ClientAddress</c> from
    /// <c>HttpContext.Connection.RemoteIpAddress</c>, <c>RequestId</c> from a sane <c>X-Request-ID</c> or else
    /// <c>HttpContext.TraceIdentifier</c>, echoed in the response.
    /// </summary>
    /// <remarks>
    /// Order matters. Put it after <c>UseForwardedHeaders</c> (behind a proxy: the only way the client's address
    /// reaches <c>RemoteIpAddress</c>; this middleware never reads <c>X-Forwarded-For</c> itself) and after
    /// <c>UseAuthentication</c> (so the user is known). Endpoint-level authentication happens later: add
    /// <c>.WithAuditContext()</c> to those endpoints or <c>Filters.AddAuditContext()</c> to MVC. See docs/aspnetcore.md.
    /// </remarks>
    /// <param name="app">The application.</param>
    /// <param name="configure">Sets the options for this middleware, starting from the defaults; when
    /// <see langword="null"/>, the options registered with <c>services.AddAuditContext(...)</c> (or the defaults) apply.</param>
    /// <returns>The same application builder.</returns>
    /// <exception cref="InvalidOperationException">The options are invalid (e.g. no actor claim type).</exception>
    public static IApplicationBuilder UseAuditContext(this IApplicationBuilder app, Action<AuditContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        AuditContextOptions options;
        if (configure is null)
        {
            options = app.ApplicationServices.GetService<IOptions<AuditContextOptions>>()?.Value ?? new AuditContextOptions();
        }
        else
        {
            options = new AuditContextOptions();
            configure(options);
        }

        // Frozen and checked now, while the pipeline is built: a bad setting stops the start, not every request.
        return app.UseMiddleware<AuditContextMiddleware>(options.Freeze());
    }
}
