using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AuditGen.AspNetCore.Tests;

/// <summary>A controller authorized with [Authorize] (authentication after the middleware) and the MVC filter.</summary>
public sealed class MvcFilterTests
{
    private static Task<TestSite> SiteAsync(Action<IApplicationBuilder> pipeline, bool withFilter) =>
        TestSite.StartAsync(
            pipeline,
            endpoints => endpoints.MapControllers(),
            services => services
                .AddControllers(o =>
                {
                    if (withFilter)
                    {
                        o.Filters.AddAuditContext();
                    }
                })
                .AddApplicationPart(typeof(AccountController).Assembly));

    [Fact]
    public async Task Without_the_filter_the_actor_is_unknown()
    {
        await using TestSite site = await SiteAsync(app => app.UseAuditContext(), withFilter: false);

        Seen seen = await site.SeenAsync(Requests.User("user-17"), "/mvc/me");

        Assert.True(seen.HasContext);
        Assert.Null(seen.ActorId);
    }

    [Fact]
    public async Task The_filter_refreshes_the_actor_after_Authorize()
    {
        await using TestSite site = await SiteAsync(app => app.UseAuditContext(o => o.TenantClaimType = HeaderAuthenticationHandler.TenantClaim), withFilter: true);

        Seen seen = await site.SeenAsync(Requests.User("user-17", tenant: "contoso", more: Requests.Header("X-Request-ID", "req-3")), "/mvc/me");

        Assert.Equal(("user-17", "contoso", "req-3"), (seen.ActorId, seen.TenantId, seen.RequestId));
    }

    [Fact]
    public async Task Without_the_middleware_the_filter_begins_a_context_for_the_action()
    {
        await using TestSite site = await SiteAsync(_ => { }, withFilter: true);

        Seen seen = await site.SeenAsync(Requests.User("user-17", more: Requests.From("2001:db8::5")), "/mvc/me");

        Assert.Equal(("user-17", "2001:db8::5"), (seen.ActorId, seen.ClientAddress));
    }
}

/// <summary>The test controller: reports the context the action sees.</summary>
[ApiController]
[Route("mvc")]
[Authorize(AuthenticationSchemes = HeaderAuthenticationHandler.SchemeName)]
public sealed class AccountController : ControllerBase
{
    [HttpGet("me")]
    public Seen Me() => Seen.Of(AuditContext.Current);
}
