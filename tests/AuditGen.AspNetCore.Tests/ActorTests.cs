using System.Security.Claims;
using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace AuditGen.AspNetCore.Tests;

/// <summary>The actor and tenant the middleware reads from a user authenticated before it (UseAuthentication first).</summary>
public sealed class ActorTests
{
    private static Task<TestSite> SiteAsync(Action<AuditContextOptions>? configure = null) =>
        TestSite.StartAsync(app =>
        {
            app.UseAuthentication();
            app.UseAuditContext(configure);
        });

    [Fact]
    public async Task Actor_is_the_NameIdentifier_claim_by_default()
    {
        await using TestSite site = await SiteAsync();

        Seen seen = await site.SeenAsync(Requests.User("user-17"));

        Assert.True(seen.HasContext);
        Assert.Equal("user-17", seen.ActorId);
        Assert.Null(seen.TenantId);
    }

    [Fact]
    public async Task Actor_falls_back_to_the_sub_claim()
    {
        await using TestSite site = await SiteAsync();

        Assert.Equal("oidc-subject", (await site.SeenAsync(Requests.User("oidc-subject", "sub"))).ActorId);
        Assert.Null((await site.SeenAsync(Requests.User("someone@example.com", ClaimTypes.Email))).ActorId);
    }

    [Fact]
    public async Task Configured_claim_types_replace_the_defaults_and_are_tried_in_order()
    {
        await using TestSite site = await SiteAsync(o => o.ActorClaimTypes = ["oid", ClaimTypes.Email]);

        Assert.Equal("object-id-1", (await site.SeenAsync(Requests.User("object-id-1", "oid"))).ActorId);
        Assert.Equal("ada@example.com", (await site.SeenAsync(Requests.User("ada@example.com", ClaimTypes.Email))).ActorId);
        Assert.Null((await site.SeenAsync(Requests.User("user-17"))).ActorId);
    }

    [Fact]
    public async Task An_anonymous_request_has_a_context_without_actor()
    {
        await using TestSite site = await SiteAsync(o => o.TenantClaimType = HeaderAuthenticationHandler.TenantClaim);

        Seen seen = await site.SeenAsync(Requests.From("203.0.113.7"));

        Assert.True(seen.HasContext);
        Assert.Null(seen.ActorId);
        Assert.Null(seen.TenantId);
        Assert.Equal("203.0.113.7", seen.ClientAddress);
    }

    [Fact]
    public async Task Claims_of_an_unauthenticated_identity_never_name_the_actor()
    {
        // An identity without an authentication type is not authenticated, whatever claims it carries.
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.Use((http, next) =>
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "forged"), new Claim("tid", "t")]));
                return next(http);
            });
            app.UseAuditContext(o => o.TenantClaimType = "tid");
        });

        Seen seen = await site.SeenAsync();

        Assert.Null(seen.ActorId);
        Assert.Null(seen.TenantId);
    }

    [Fact]
    public async Task Tenant_comes_from_the_configured_claim_only()
    {
        await using TestSite withTenant = await SiteAsync(o => o.TenantClaimType = HeaderAuthenticationHandler.TenantClaim);
        await using TestSite withoutTenant = await SiteAsync();

        Seen seen = await withTenant.SeenAsync(Requests.User("user-17", tenant: "contoso"));

        Assert.Equal(("user-17", "contoso"), (seen.ActorId, seen.TenantId));
        Assert.Null((await withoutTenant.SeenAsync(Requests.User("user-17", tenant: "contoso"))).TenantId);
    }

    [Fact]
    public async Task The_login_helper_is_a_property_set_on_the_request_context()
    {
        // docs/aspnetcore.md: after a login in the same request, set the actor on the current context. The middleware's
        // context is one object for the whole request: what the handler sets is what the rest of the request sees.
        string? seenAfterwards = null;
        await using TestSite site = await TestSite.StartAsync(
            app =>
            {
                app.UseAuditContext();
                app.Use(async (http, next) =>
                {
                    await next(http);
                    seenAfterwards = AuditContext.Current?.ActorId;
                });
            },
            endpoints => endpoints.MapPost("/login", async () =>
            {
                await Task.Yield();
                AuditContext.Current?.ActorId = "user-just-signed-in";
                return Seen.Report();
            }));

        Seen seen = await site.SeenAsync(http => http.Request.Method = "POST", "/login");

        Assert.Equal("user-just-signed-in", seen.ActorId);
        Assert.Equal("user-just-signed-in", seenAfterwards);
    }
}
