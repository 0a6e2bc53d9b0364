using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AuditGen.AspNetCore;

/// <summary>Reads the audit context's values from a request: the one place that decides what each value is.</summary>
internal static class HttpAuditContext
{
    /// <summary>A new context for <paramref name="http"/>: actor and tenant from the user, the connection's address,
    /// and the request id.</summary>
    public static AuditContext Create(HttpContext http, AuditContextSettings settings)
    {
        var context = new AuditContext
        {
            ClientAddress = ClientAddress(http.Connection.RemoteIpAddress),
            RequestId = RequestId(http, settings),
        };
        RefreshUser(context, http.User, settings);
        return context;
    }

    /// <summary>Sets the actor and tenant from <paramref name="user"/>'s authenticated identities. A value that is not
    /// found leaves the context's current value alone: an anonymous request, or a user without a tenant claim, never
    /// erases what the application set itself (a login setting <see cref="AuditContext.ActorId"/>).</summary>
    public static void RefreshUser(AuditContext context, ClaimsPrincipal? user, AuditContextSettings settings)
    {
        if (user is null)
        {
            return;
        }

        foreach (string claimType in settings.ActorClaimTypes)
        {
            if (FindAuthenticated(user, claimType) is { } actor)
            {
                context.ActorId = actor;
                break;
            }
        }

        if (settings.TenantClaimType is { } tenantClaimType && FindAuthenticated(user, tenantClaimType) is { } tenant)
        {
            context.TenantId = tenant;
        }
    }

    /// <summary>The request id: the caller's header when sane, else ASP.NET Core's <c>TraceIdentifier</c>.</summary>
    public static string RequestId(HttpContext http, AuditContextSettings settings) =>
        http.Request.Headers.TryGetValue(settings.RequestIdHeader, out StringValues given)
            && given.Count == 1 && RequestIds.IsSaneRequestId(given[0])
            ? given[0]!
            : http.TraceIdentifier;

    /// <summary>The connection's address as text. Deliberately no header is read here: behind a proxy,
    /// <c>UseForwardedHeaders</c> (with the proxy listed as known) rewrites <c>RemoteIpAddress</c>, and only it knows
    /// which proxies to trust — a header read here would let any client choose its audited address.</summary>
    public static string? ClientAddress(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && address.ScopeId != 0)
        {
            // A link-local zone (fe80::1%eth0) names a network interface of this machine, not the client: drop it. (ScopeId
            // throws for IPv4 addresses, hence the family check.)
            address = new IPAddress(address.GetAddressBytes());
        }

        return address.ToString();
    }

    // Claims of an unauthenticated identity (one a handler added without authenticating it) never name the actor.
    private static string? FindAuthenticated(ClaimsPrincipal user, string claimType)
    {
        foreach (ClaimsIdentity identity in user.Identities)
        {
            if (identity.IsAuthenticated && identity.FindFirst(claimType) is { Value: { Length: > 0 } value })
            {
                return value;
            }
        }

        return null;
    }
}
