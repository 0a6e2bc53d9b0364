using System.Text.Json;
using System.Text.RegularExpressions;
using AuditGen.Observability;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>
/// The alert rules and dashboards only use metric names the running service exports, and the per-operation ones are
/// generated from the sample's audit catalog by tools/AuditGen.Observability: up to date, and covering every operation.
/// </summary>
public sealed partial class ObservabilityFilesTests(AuthApiProcess service) : IClassFixture<AuthApiProcess>
{
    [Theory]
    [InlineData("alerts.yml")]
    [InlineData("grafana-dashboard.json")]
    [InlineData("service-alerts.yml")]
    [InlineData("grafana-service-dashboard.json")]
    public async Task Files_use_only_exported_metric_names(string file)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var content = new StringContent("""{"email":"ghost@example.com","password":"not-the-password"}""", System.Text.Encoding.UTF8, "application/json");
        await http.PostAsync(new Uri("/auth/login", UriKind.Relative), content);
        await http.GetAsync(new Uri("/auth/reset-password?token=observabilityLeak42", UriKind.Relative)); // a leak the sentinel counts
        string exported = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var exportedNames = exported.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => MetricName().Match(l).Value).ToHashSet();

        // A counter appears only once something was counted: a dropped or refused record is a failure this run does
        // not provoke. Its name comes from the catalog, which names the instruments AuditGen declares.
        exportedNames.Add(Catalog.Parse(await File.ReadAllTextAsync(LoginRecordTests.CatalogFile)).Metrics.DroppedTotal);

        string text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "observability", file));
        string[] used = [.. UsedName().Matches(text).Select(m => m.Value).Distinct()];

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, exportedNames));
    }

    [Fact]
    public async Task The_alert_rules_and_dashboard_are_generated_from_the_catalog_and_cover_every_operation()
    {
        string json = await File.ReadAllTextAsync(LoginRecordTests.CatalogFile);
        Catalog catalog = Catalog.Parse(json);
        string alerts = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "observability", "alerts.yml"));
        string dashboard = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "observability", "grafana-dashboard.json"));

        // Regenerate with: dotnet run --project tools/AuditGen.Observability -- <the catalog above> samples/observability
        Assert.Equal(PrometheusAlerts.Write(catalog), alerts.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(GrafanaDashboard.Write(catalog), dashboard.Replace("\r\n", "\n", StringComparison.Ordinal));

        using JsonDocument panels = JsonDocument.Parse(dashboard);
        string[] titles = [.. panels.RootElement.GetProperty("panels").EnumerateArray().Select(p => p.GetProperty("title").GetString()!)];
        Assert.True(catalog.Operations.Count >= 8, $"{catalog.Operations.Count} operations");
        Assert.All(catalog.Operations, operation =>
        {
            Assert.Contains($"operation=\"{operation.Name}\"", alerts, StringComparison.Ordinal);
            Assert.Contains(operation.Name, titles);
        });
        Assert.All(catalog.Operations.Where(o => o.Required), o => Assert.Contains("AuditRequiredRefused_" + o.Name, alerts, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    // Metric names as they appear in PromQL, from the families this service exports; label matchers (name=…) excluded.
    [GeneratedRegex(@"\b(?:auditgen|authapi|http_server|aspnetcore|kestrel)_[a-z0-9_]+\b(?!\s*(?:=|!=|=~|!~))")]
    private static partial Regex UsedName();
}
