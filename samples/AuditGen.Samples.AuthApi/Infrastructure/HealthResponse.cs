using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuditGen.Samples.AuthApi.Infrastructure;

/// <summary>Writes the health report as JSON: overall status (healthy, degraded, unhealthy) and each check.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
