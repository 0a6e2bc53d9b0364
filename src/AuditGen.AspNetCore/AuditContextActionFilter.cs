using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AuditGen.AspNetCore;

/// <summary>
/// The MVC action filter added by <see cref="AuditContextFilterCollectionExtensions.AddAuditContext"/>: refreshes the
/// actor and tenant of the current audit context from the user once authorization filters (<c>[Authorize]</c> on a
/// controller or action) have authenticated it, or begins a context for the action when <c>UseAuditContext</c> is not
/// in the pipeline.
/// </summary>
/// <remarks>A context this filter begins ends when the action (and its later action filters) return; result filters
/// and the result's execution come after. The middleware has no such gap.</remarks>
public sealed class AuditContextActionFilter : IAsyncActionFilter
{
    private readonly AuditContextRefresh _refresh = new();

    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        AuditContextScope? scope = _refresh.RefreshOrBegin(context.HttpContext);
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            scope?.Dispose();
        }
    }
}
