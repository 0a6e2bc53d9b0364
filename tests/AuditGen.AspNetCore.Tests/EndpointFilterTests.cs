using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AuditGen.AspNetCore.Tests;

/// <summary>
/// Endpoint-level authentication (no UseAuthentication: the authorization middleware authenticates the endpoint's
/// scheme, after UseAuditContext ran) and the minimal-API filter that reads the actor again.
/// </summary>
public sealed class EndpointFilterTests
{
    private static readonly AuthorizeAttribute TestScheme = new() { AuthenticationSchemes = HeaderAuthenticationHandler.SchemeName };

    private static Task<TestSite> SiteAsync(Action<IApplicationBuilder> pipeline) =>
        TestSite.StartAsync(pipeline, endpoints =>
        {
            endpoints.MapGet("/plain", Seen.Report).RequireAuthorization(TestScheme);
            endpoints.MapGet("/filtered", Seen.Report).RequireAuthorization(TestScheme).WithAuditContext();
            RouteGroupBuilder group = endpoints.MapGroup("/group").RequireAuthorization(TestScheme).WithAuditContext();
            group.MapGet("/context", Seen.Report);
        });

    [Fact]
    public async Task Without_the_filter_the_middleware_cannot_know_an_endpoint_authenticated_user()
    {
        // The baseline that makes the filter necessary (and the tests below meaningful).
        await using TestSite site = await SiteAsync(app => app.UseAuditContext());

        Seen seen = await site.SeenAsync(Requests.User("user-17"), "/plain");

        Assert.True(seen.HasContext);
        Assert.Null(seen.ActorId);
    }

    [Theory]
    [InlineData("/filtered")]
    [InlineData("/group/context")]
    public async Task The_filter_refreshes_the_actor_and_tenant_of_the_middlewares_context(string path)
    {
        await using TestSite site = await SiteAsync(app => app.UseAuditContext(o => o.TenantClaimType = HeaderAuthenticationHandler.TenantClaim));

        Seen seen = await site.SeenAsync(Requests.User("user-17", tenant: "contoso", more: Requests.Header("X-Request-ID", "req-9", Requests.From("203.0.113.7"))), path);

        Assert.Equal(new Seen(true, "user-17", "contoso", "203.0.113.7", "req-9"), seen);
    }

    [Fact]
    public async Task The_filter_uses_the_claim_types_given_to_the_middleware()
    {
        await using TestSite site = await SiteAsync(app => app.UseAuditContext(o => o.ActorClaimTypes = ["oid"]));

        Assert.Equal("object-id-1", (await site.SeenAsync(Requests.User("object-id-1", "oid"), "/filtered")).ActorId);
        Assert.Null((await site.SeenAsync(Requests.User("user-17"), "/filtered")).ActorId);
    }

    [Fact]
    public async Task Without_the_middleware_the_filter_begins_a_context_for_the_handler()
    {
        AuditContext? afterEndpoint = new();
        await using TestSite site = await SiteAsync(app => app.Use(async (http, next) =>
        {
            await next(http);
            afterEndpoint = AuditContext.Current;
        }));

        HttpContext http = await site.SendAsync("/filtered", Requests.User("user-17", more: Requests.From("203.0.113.7", Requests.Header("X-Request-ID", "req-5"))));

        Assert.Equal(new Seen(true, "user-17", null, "203.0.113.7", "req-5"), await Seen.ReadAsync(http));
        Assert.Equal("req-5", http.Response.Headers["X-Request-ID"].ToString());
        Assert.Null(afterEndpoint);
    }

    [Fact]
    public async Task Without_the_middleware_the_filter_uses_the_registered_options()
    {
        await using TestSite site = await TestSite.StartAsync(
            _ => { },
            endpoints => endpoints.MapGet("/filtered", Seen.Report).RequireAuthorization(TestScheme).WithAuditContext(),
            services => services.AddAuditContext(o =>
            {
                o.ActorClaimTypes = ["oid"];
                o.EchoRequestId = false;
            }));

        HttpContext http = await site.SendAsync("/filtered", Requests.User("object-id-1", "oid"));

        Assert.Equal("object-id-1", (await Seen.ReadAsync(http)).ActorId);
        Assert.False(http.Response.Headers.ContainsKey("X-Request-ID"));
    }
}
