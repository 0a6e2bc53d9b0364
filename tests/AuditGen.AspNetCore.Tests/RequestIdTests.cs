using System.Text.RegularExpressions;
using AuditGen.AspNetCore.Tests.Infrastructure;
using CsCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuditGen.AspNetCore.Tests;

/// <summary>The request id: the caller's header only when it is sane, else the trace identifier; echoed back.</summary>
public sealed partial class RequestIdTests
{
    private const string Header = "X-Request-ID";
    private const string Trace = "0HN7TRACE:00000001";

    private static Action<HttpContext> WithTrace(Action<HttpContext>? more = null) => http =>
    {
        http.TraceIdentifier = Trace;
        more?.Invoke(http);
    };

    [Theory]
    [InlineData("req-1")]
    [InlineData("a")]
    [InlineData("0HN7:00000001_abc.DEF-9")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    public async Task A_sane_header_is_the_request_id_and_is_echoed(string id)
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        HttpContext http = await site.SendAsync("/context", WithTrace(Requests.Header(Header, id)));

        Assert.Equal(id, (await Seen.ReadAsync(http)).RequestId);
        Assert.Equal(id, http.Response.Headers[Header].ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("line\nbreak")]
    [InlineData("quote\"")]
    [InlineData("{Operation}")]
    [InlineData("a,b")]
    [InlineData("ünïcode")]
    [InlineData("ok;x=1")]
    public async Task Any_other_header_gives_the_trace_identifier(string? id)
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        HttpContext http = await site.SendAsync("/context", WithTrace(id is null ? null : Requests.Header(Header, id)));

        Assert.Equal(Trace, (await Seen.ReadAsync(http)).RequestId);
        Assert.Equal(Trace, http.Response.Headers[Header].ToString());
    }

    [Fact]
    public async Task Length_limit_is_128()
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        Assert.Equal(new string('a', 128), (await site.SeenAsync(WithTrace(Requests.Header(Header, new string('a', 128))))).RequestId);
        Assert.Equal(Trace, (await site.SeenAsync(WithTrace(Requests.Header(Header, new string('a', 129))))).RequestId);
    }

    [Fact]
    public async Task A_repeated_header_is_not_trusted()
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        Seen seen = await site.SeenAsync(WithTrace(http => http.Request.Headers[Header] = new Microsoft.Extensions.Primitives.StringValues(["one", "two"])));

        Assert.Equal(Trace, seen.RequestId);
    }

    [Fact]
    public async Task Header_name_and_echo_are_configurable()
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext(o =>
        {
            o.RequestIdHeader = "Correlation-Id";
            o.EchoRequestId = false;
        }));

        HttpContext http = await site.SendAsync("/context", WithTrace(Requests.Header("Correlation-Id", "corr-1", Requests.Header(Header, "ignored"))));

        Assert.Equal("corr-1", (await Seen.ReadAsync(http)).RequestId);
        Assert.False(http.Response.Headers.ContainsKey("Correlation-Id"));
        Assert.False(http.Response.Headers.ContainsKey(Header));
    }

    [Fact]
    public async Task Random_headers_reach_the_context_only_when_sane()
    {
        await using TestSite site = await TestSite.StartAsync(app => app.UseAuditContext());

        // Half the strings from the allowed alphabet (lengths around the limit), half from anything.
        Gen<string> allowed = Gen.String[Gen.Char["abcXYZ0189-_.:"], 0, 140];
        Gen<string> anything = Gen.String[Gen.Char, 0, 140];
        Gen.OneOf(allowed, anything).Sample(id =>
        {
            Seen seen = site.SeenAsync(WithTrace(Requests.Header(Header, id))).GetAwaiter().GetResult();
            string expected = SaneId().IsMatch(id) ? id : Trace;
            return seen.RequestId == expected;
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void The_sanity_rule_matches_its_documented_pattern()
    {
        Gen.OneOf(Gen.String[Gen.Char["abcXYZ0189-_.:/ \n\"{}"], 0, 140], Gen.String)
            .Sample(id => RequestIds.IsSaneRequestId(id) == SaneId().IsMatch(id), iter: 100_000);
    }

    // The rule as docs/aspnetcore.md states it, written independently of the implementation.
    [GeneratedRegex(@"^[A-Za-z0-9\-_.:]{1,128}\z")]
    private static partial Regex SaneId();
}
