using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;

namespace AuditGen.AspNetCore;

/// <summary>
/// Where <c>UseAuditContext</c> and the audit-context filters read the actor, the tenant and the request id of a request.
/// Validated when the pipeline is built (<c>app.UseAuditContext(...)</c>) or when the host starts
/// (<c>services.AddAuditContext(...)</c>): a setting that could never find an actor fails the start, not every request.
/// </summary>
public sealed class AuditContextOptions
{
    /// <summary>The request id header read and echoed unless changed: <c>X-Request-ID</c>.</summary>
    public const string DefaultRequestIdHeader = "X-Request-ID";

    /// <summary>Gets or sets the claim types that name the actor, tried in order on the authenticated identities of
    /// <c>HttpContext.User</c>; the first non-empty value becomes <see cref="AuditContext.ActorId"/>. Default:
    /// <see cref="ClaimTypes.NameIdentifier"/>, then <c>sub</c> (the OpenID Connect subject when claim mapping is off).
    /// Must hold at least one non-blank claim type.</summary>
    public IList<string> ActorClaimTypes { get; set; } = new List<string> { ClaimTypes.NameIdentifier, "sub" };

    /// <summary>Gets or sets the claim type that names the tenant (<see cref="AuditContext.TenantId"/>), or
    /// <see langword="null"/> (the default) for no tenant. Must not be blank when set.</summary>
    public string? TenantClaimType { get; set; }

    /// <summary>Gets or sets the header that carries the caller's request id. Its value becomes
    /// <see cref="AuditContext.RequestId"/> only when it is 1–128 characters of <c>A–Z a–z 0–9 - _ . :</c>; any other
    /// value (or none, or the header repeated) is ignored and <c>HttpContext.TraceIdentifier</c> is used instead, so a
    /// caller cannot forge log structure through it. Must be a valid header name.</summary>
    public string RequestIdHeader { get; set; } = DefaultRequestIdHeader;

    /// <summary>Gets or sets a value indicating whether the response carries the request id in
    /// <see cref="RequestIdHeader"/> (the default), so a caller can quote it when reporting a problem.</summary>
    public bool EchoRequestId { get; set; } = true;

    /// <summary>Checks the options and returns a copy that later changes to this instance cannot affect.</summary>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names it and says why.</exception>
    internal AuditContextSettings Freeze()
    {
        IReadOnlyList<string> problems = Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid AuditContextOptions: " + string.Join(" ", problems));
        }

        var actorClaimTypes = new string[ActorClaimTypes.Count];
        ActorClaimTypes.CopyTo(actorClaimTypes, 0);
        return new AuditContextSettings(actorClaimTypes, TenantClaimType, RequestIdHeader, EchoRequestId);
    }

    /// <summary>Every problem with the options, each a sentence naming the setting; empty when they are valid.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (ActorClaimTypes is null || ActorClaimTypes.Count == 0)
        {
            problems.Add($"{nameof(ActorClaimTypes)} must name at least one claim type (the default is ClaimTypes.NameIdentifier, then 'sub').");
        }
        else if (ActorClaimTypes.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{nameof(ActorClaimTypes)} must not contain a null or blank claim type.");
        }

        if (TenantClaimType is not null && string.IsNullOrWhiteSpace(TenantClaimType))
        {
            problems.Add($"{nameof(TenantClaimType)} must be null (no tenant) or a claim type, not blank.");
        }

        if (!RequestIds.IsValidHeaderName(RequestIdHeader))
        {
            problems.Add($"{nameof(RequestIdHeader)} must be a header name (letters, digits and !#$%&'*+-.^_`|~), not '{RequestIdHeader}'.");
        }

        return problems;
    }
}
