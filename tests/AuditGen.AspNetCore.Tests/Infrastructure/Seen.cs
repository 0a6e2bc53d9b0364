using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore.Tests.Infrastructure;

/// <summary>What an endpoint saw in <see cref="AuditContext.Current"/>, returned as the response body.</summary>
public sealed record Seen(bool HasContext, string? ActorId, string? TenantId, string? ClientAddress, string? RequestId)
{
    public static Seen Of(AuditContext? context) =>
        new(context is not null, context?.ActorId, context?.TenantId, context?.ClientAddress, context?.RequestId);

    /// <summary>The endpoint handler: reports the current context.</summary>
    public static IResult Report() => Results.Json(Of(AuditContext.Current));

    public static async Task<Seen> ReadAsync(HttpContext http)
    {
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        return (await JsonSerializer.DeserializeAsync<Seen>(http.Response.Body, JsonSerializerOptions.Web))!;
    }
}
