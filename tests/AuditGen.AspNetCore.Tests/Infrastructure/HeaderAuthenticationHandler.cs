using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A test authentication scheme: the request names its user in <c>X-Test-User</c> (claim type in <c>X-Test-Claim</c>,
/// <see cref="ClaimTypes.NameIdentifier"/> by default) and its tenant in <c>X-Test-Tenant</c> (claim <c>tid</c>).
/// </summary>
public sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string ClaimHeader = "X-Test-Claim";
    public const string TenantHeader = "X-Test-Tenant";
    public const string TenantClaim = "tid";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[UserHeader] is not [{ Length: > 0 } user])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string claimType = Request.Headers[ClaimHeader] is [{ Length: > 0 } type] ? type : ClaimTypes.NameIdentifier;
        var claims = new List<Claim> { new(claimType, user) };
        if (Request.Headers[TenantHeader] is [{ Length: > 0 } tenant])
        {
            claims.Add(new Claim(TenantClaim, tenant));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
