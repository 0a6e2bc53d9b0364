using System.Net;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore.Tests.Infrastructure;

/// <summary>Shorthands for setting up a request.</summary>
public static class Requests
{
    public static Action<HttpContext> From(string remoteAddress, Action<HttpContext>? more = null) => http =>
    {
        http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        more?.Invoke(http);
    };

    public static Action<HttpContext> Header(string name, string value, Action<HttpContext>? more = null) => http =>
    {
        http.Request.Headers[name] = value;
        more?.Invoke(http);
    };

    public static Action<HttpContext> User(string user, string? claimType = null, string? tenant = null, Action<HttpContext>? more = null) => http =>
    {
        http.Request.Headers[HeaderAuthenticationHandler.UserHeader] = user;
        if (claimType is not null)
        {
            http.Request.Headers[HeaderAuthenticationHandler.ClaimHeader] = claimType;
        }

        if (tenant is not null)
        {
            http.Request.Headers[HeaderAuthenticationHandler.TenantHeader] = tenant;
        }

        more?.Invoke(http);
    };
}
