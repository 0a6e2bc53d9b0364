using System.Text.RegularExpressions;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The alert rules and the dashboard only use metric names the running service exports.</summary>
public sealed partial class ObservabilityFilesTests(AuthApiProcess service) : IClassFixture<AuthApiProcess>
{
    [Theory]
    [InlineData("alerts.yml")]
    [InlineData("grafana-dashboard.json")]
    public async Task Files_use_only_exported_metric_names(string file)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var content = new StringContent("""{"email":"ghost@example.com","password":"not-the-password"}""", System.Text.Encoding.UTF8, "application/json");
        await http.PostAsync(new Uri("/auth/login", UriKind.Relative), content);
        await http.GetAsync(new Uri("/auth/reset-password?token=observabilityLeak42", UriKind.Relative)); // a leak the sentinel counts
        string exported = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var exportedNames = exported.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => MetricName().Match(l).Value).ToHashSet();

        string text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "observability", file));
        string[] used = [.. UsedName().Matches(text).Select(m => m.Value).Distinct()];

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, exportedNames));
    }

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    // Metric names as they appear in PromQL, from the families this service exports; label matchers (name=…) excluded.
    [GeneratedRegex(@"\b(?:auditgen|authapi|http_server|aspnetcore|kestrel)_[a-z0-9_]+\b(?!\s*(?:=|!=|=~|!~))")]
    private static partial Regex UsedName();
}
