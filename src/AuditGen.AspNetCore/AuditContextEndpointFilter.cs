using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore;

/// <summary>
/// The minimal-API endpoint filter added by <see cref="AuditContextEndpointConventionBuilderExtensions.WithAuditContext{TBuilder}"/>:
/// refreshes the actor and tenant of the current audit context from the authenticated user before the handler runs,
/// or begins a context for the handler when <c>UseAuditContext</c> is not in the pipeline.
/// </summary>
/// <remarks>A context this filter begins ends when the handler returns; the returned result (an <c>IResult</c>) is
/// executed after that, so records written while executing it carry no context. The middleware has no such gap.</remarks>
public sealed class AuditContextEndpointFilter : IEndpointFilter
{
    private readonly AuditContextRefresh _refresh = new();

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        AuditContextScope? scope = _refresh.RefreshOrBegin(context.HttpContext);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        finally
        {
            scope?.Dispose();
        }
    }
}
