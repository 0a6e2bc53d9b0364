using System;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AuditGen.AspNetCore;

/// <summary>Adds the audit-context action filter to MVC's global filters.</summary>
public static class AuditContextFilterCollectionExtensions
{
    /// <summary>Adds an <see cref="AuditContextActionFilter"/> to every controller action.</summary>
    /// <param name="filters">MVC's filter collection (<c>services.AddControllers(o =&gt; o.Filters.AddAuditContext())</c>).</param>
    /// <returns>The added filter's metadata.</returns>
    public static IFilterMetadata AddAuditContext(this FilterCollection filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var filter = new AuditContextActionFilter();
        filters.Add(filter);
        return filter;
    }
}
