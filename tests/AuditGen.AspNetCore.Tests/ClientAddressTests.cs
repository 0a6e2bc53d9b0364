using System.Net;
using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace AuditGen.AspNetCore.Tests;

/// <summary>The client address is the connection's, as ASP.NET Core's forwarded-headers middleware left it; the
/// middleware never reads a forwarding header itself.</summary>
public sealed class ClientAddressTests
{
    private const string ForwardedFor = "X-Forwarded-For";

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("fe80::1%2", "fe80::1")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    public async Task Address_is_the_connections(string remote, string expected)
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        Assert.Equal(expected, (await site.SeenAsync(Requests.From(remote))).ClientAddress);
    }

    [Fact]
    public async Task No_remote_address_gives_no_client_address()
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        Assert.Null((await site.SeenAsync(http => http.Connection.RemoteIpAddress = null)).ClientAddress);
    }

    [Theory]
    [InlineData(ForwardedFor, "198.51.100.9")]
    [InlineData("Forwarded", "for=198.51.100.9")]
    [InlineData("X-Real-IP", "198.51.100.9")]
    [InlineData("X-Client-IP", "198.51.100.9")]
    public async Task Forwarding_headers_are_ignored_without_UseForwardedHeaders(string header, string value)
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        Seen seen = await site.SeenAsync(Requests.From("127.0.0.1", Requests.Header(header, value)));

        Assert.Equal("127.0.0.1", seen.ClientAddress);
    }

    [Fact]
    public async Task UseForwardedHeaders_gives_the_client_behind_a_trusted_proxy()
    {
        // The defaults trust loopback proxies only.
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
            app.UseAuditContext();
        });

        Seen viaProxy = await site.SeenAsync(Requests.From("127.0.0.1", Requests.Header(ForwardedFor, "198.51.100.9")));
        Seen viaMappedProxy = await site.SeenAsync(Requests.From("::ffff:127.0.0.1", Requests.Header(ForwardedFor, "::ffff:198.51.100.10")));
        Seen spoofed = await site.SeenAsync(Requests.From("203.0.113.7", Requests.Header(ForwardedFor, "198.51.100.9")));

        Assert.Equal("198.51.100.9", viaProxy.ClientAddress);
        Assert.Equal("198.51.100.10", viaMappedProxy.ClientAddress);
        Assert.Equal("203.0.113.7", spoofed.ClientAddress);
    }

    [Fact]
    public async Task UseForwardedHeaders_with_a_configured_proxy_network()
    {
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor };
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("10.0.0.0/8"));
            app.UseForwardedHeaders(options);
            app.UseAuditContext();
        });

        Seen trusted = await site.SeenAsync(Requests.From("10.1.2.3", Requests.Header(ForwardedFor, "198.51.100.9")));
        Seen loopbackNoLongerTrusted = await site.SeenAsync(Requests.From("127.0.0.1", Requests.Header(ForwardedFor, "198.51.100.9")));

        Assert.Equal("198.51.100.9", trusted.ClientAddress);
        Assert.Equal("127.0.0.1", loopbackNoLongerTrusted.ClientAddress);
    }

    [Fact]
    public void Address_text_is_the_unmapped_address_without_a_zone()
    {
        Assert.Equal("192.0.2.1", HttpAuditContext.ClientAddress(IPAddress.Parse("192.0.2.1").MapToIPv6()));
        Assert.Equal("::1", HttpAuditContext.ClientAddress(IPAddress.IPv6Loopback));
        Assert.Null(HttpAuditContext.ClientAddress(null));
    }
}
