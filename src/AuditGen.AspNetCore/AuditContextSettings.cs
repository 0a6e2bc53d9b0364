using System.Collections.Generic;

namespace AuditGen.AspNetCore;

/// <summary>The validated, immutable copy of <see cref="AuditContextOptions"/> that the middleware and filters use.</summary>
/// <param name="ActorClaimTypes">The actor claim types, in order; never empty.</param>
/// <param name="TenantClaimType">The tenant claim type, or <see langword="null"/>.</param>
/// <param name="RequestIdHeader">The request id header name.</param>
/// <param name="EchoRequestId">Whether the response carries the request id.</param>
internal sealed record AuditContextSettings(
    IReadOnlyList<string> ActorClaimTypes, string? TenantClaimType, string RequestIdHeader, bool EchoRequestId);
