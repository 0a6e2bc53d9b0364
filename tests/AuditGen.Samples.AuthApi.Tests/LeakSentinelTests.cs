namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The sample's leak sentinel on the real process: a reset link prefetched with its token in the query string
/// (as mail scanners do) is logged by ASP.NET Core's request log; the token never reaches the console, the record
/// says what was masked, and /metrics counts it for the LeakedSecretsInLogs alert.</summary>
public sealed class LeakSentinelTests(AuthApiProcess service) : IClassFixture<AuthApiProcess>
{
    private const string Token = "prefetchedResetToken9f8e7d6c";
    private const string Warning = "\"Category\":\"AuditGen.LeakSentinel\"";

    [Fact]
    public async Task A_token_in_a_request_url_is_masked_in_the_log_and_counted_on_metrics()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        await http.GetAsync(new Uri($"/auth/reset-password?token={Token}", UriKind.Relative));
        string metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("auditgen_leaks_masked_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("category=\"Microsoft.AspNetCore.Hosting.Diagnostics\"", metrics, StringComparison.Ordinal);
        Assert.Contains("kind=\"token\"", metrics, StringComparison.Ordinal);
        for (int wait = 0; wait < 100 && !service.Output.Contains(Warning, StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100); // the console provider writes from its own queue
        }

        Assert.Contains("?token=[REDACTED:token]", service.Output, StringComparison.Ordinal);
        Assert.Contains(Warning, service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, service.Output, StringComparison.Ordinal);
    }
}
