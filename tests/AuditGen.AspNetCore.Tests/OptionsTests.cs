using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore.Tests;

/// <summary>Invalid options stop the start with a message that names the setting.</summary>
public sealed class OptionsTests
{
    public static TheoryData<string, Action<AuditContextOptions>> Invalid => new()
    {
        { "ActorClaimTypes", o => o.ActorClaimTypes = null! },
        { "ActorClaimTypes", o => o.ActorClaimTypes = [] },
        { "ActorClaimTypes", o => o.ActorClaimTypes = ["sub", " "] },
        { "ActorClaimTypes", o => o.ActorClaimTypes = [null!] },
        { "TenantClaimType", o => o.TenantClaimType = "" },
        { "RequestIdHeader", o => o.RequestIdHeader = "" },
        { "RequestIdHeader", o => o.RequestIdHeader = "X Request ID" },
        { "RequestIdHeader", o => o.RequestIdHeader = null! },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task UseAuditContext_rejects_invalid_options_when_the_pipeline_is_built(string setting, Action<AuditContextOptions> configure)
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestSite.StartAsync(app => app.UseAuditContext(configure)));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task AddAuditContext_rejects_invalid_options_when_the_host_starts(string setting, Action<AuditContextOptions> configure)
    {
        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestSite.StartAsync(_ => { }, services: services => services.AddAuditContext(configure)));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_options_apply_to_UseAuditContext_without_a_lambda()
    {
        await using TestSite site = await TestSite.StartAsync(
            app =>
            {
                app.UseAuthentication();
                app.UseAuditContext();
            },
            services: services => services.AddAuditContext(o => o.ActorClaimTypes = ["oid"]));

        Assert.Equal("object-id-1", (await site.SeenAsync(Requests.User("object-id-1", "oid"))).ActorId);
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        var options = new AuditContextOptions();

        Assert.Equal([System.Security.Claims.ClaimTypes.NameIdentifier, "sub"], options.ActorClaimTypes);
        Assert.Null(options.TenantClaimType);
        Assert.Equal("X-Request-ID", options.RequestIdHeader);
        Assert.True(options.EchoRequestId);
        Assert.Empty(options.Problems());
    }
}
