using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AuditGen.OpenTelemetryTests;

/// <summary>
/// The OpenTelemetry key profile end to end: OpenTelemetry's logging bridge turns the record's keys into log record
/// attributes, so the attributes an OTLP exporter would send are read here from the in-memory exporter.
/// </summary>
[Collection("telemetry")]
public sealed class OpenTelemetryProfileTests
{
    [Fact]
    public async Task A_login_record_carries_semantic_convention_attributes_its_own_span_and_the_operation_as_event_name()
    {
        var records = new List<LogRecord>();
        var spans = new List<Activity>();
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder().AddSource("AuditGen", "Test").AddInMemoryExporter(spans).Build();
        using var test = new ActivitySource("Test");
        using (ILoggerFactory factory = Factory(records))
        using (test.StartActivity("request"))
        using (AuditContext.Begin(new AuditContext { ClientAddress = "198.51.100.23", RequestId = "req-7" }))
        {
            Assert.True(await new LoginService(factory.CreateLogger<LoginService>()).LoginAsync("ada", "correct horse"));
        }

        LogRecord record = Assert.Single(records, r => r.EventId.Name == "user_login");
        Dictionary<string, object?> attributes = record.Attributes!.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("user_login", attributes["auditgen.operation"]);
        Assert.Equal("Succeeded", attributes["auditgen.outcome"]);
        Assert.InRange((double)attributes["auditgen.duration"]!, 0.004, 5.0); // seconds, not milliseconds
        Assert.Equal(false, attributes["auditgen.sensitive"]);
        Assert.Equal("AuditGen.OpenTelemetryTests.LoginService.LoginAsync", attributes["code.function.name"]);
        Assert.Equal("authentication", attributes["auditgen.category"]);
        Assert.Equal("u-3", attributes["enduser.id"]);
        Assert.Equal("198.51.100.0", attributes["client.address"]);
        Assert.Equal("req-7", attributes["auditgen.request.id"]);
        Assert.Equal("[REDACTED]", attributes["password"]);
        Assert.DoesNotContain(attributes.Keys, k => k is "Operation" or "Outcome" or "DurationMs" or "Actor" or "ClientAddress");

        Activity span = Assert.Single(spans, s => s.OperationName == "user_login");
        Assert.Equal(span.TraceId, record.TraceId);
        Assert.Equal(span.SpanId, record.SpanId);
    }

    [Fact]
    public async Task A_failure_carries_error_type_and_the_slow_call_record_speaks_seconds()
    {
        var records = new List<LogRecord>();
        using (ILoggerFactory factory = Factory(records))
        {
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => new LoginService(factory.CreateLogger<LoginService>()).LoginAsync("ada", "wrong"));
        }

        Dictionary<string, object?> failure = Attributes(Assert.Single(records, r => r.EventId.Name == "user_login"));
        Assert.Equal("Failed", failure["auditgen.outcome"]);
        Assert.Equal(typeof(AuthenticationFailedException).FullName, failure["error.type"]);

        Dictionary<string, object?> slow = Attributes(Assert.Single(records, r => r.EventId.Name == "user_login.slow"));
        Assert.Equal(0.001, slow["auditgen.threshold"]);
        Assert.True((double)slow["auditgen.duration"]! >= 0.001);
    }

    [Fact]
    public void A_target_parameter_is_written_as_auditgen_target()
    {
        var records = new List<LogRecord>();
        using (ILoggerFactory factory = Factory(records))
        {
            new LoginService(factory.CreateLogger<LoginService>()).Lock("acct-9");
        }

        Dictionary<string, object?> attributes = Attributes(Assert.Single(records));
        Assert.Equal("acct-9", attributes["auditgen.target"]);
        Assert.Equal("administration", attributes["auditgen.category"]);
    }

    [Fact]
    public async Task The_duration_metric_is_a_histogram_in_seconds_tagged_with_the_profile_keys()
    {
        var metrics = new List<Metric>();
        using (MeterProvider meters = Sdk.CreateMeterProviderBuilder().AddMeter("AuditGen").AddInMemoryExporter(metrics).Build())
        {
            var service = new LoginService(Microsoft.Extensions.Logging.Abstractions.NullLogger<LoginService>.Instance);
            await service.LoginAsync("ada", "correct horse");
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => service.LoginAsync("ada", "wrong"));
            meters.ForceFlush();
        }

        // Flushed once, then exported again on dispose: the last export is the whole (cumulative) picture.
        Metric duration = metrics.Last(m => m.Name == "auditgen.call.duration");
        Assert.Equal("s", duration.Unit);
        Assert.DoesNotContain(metrics, m => m.Name is "auditgen.operation.duration" or "auditgen.operation.calls");
        var points = new List<Dictionary<string, object?>>();
        foreach (ref readonly MetricPoint point in duration.GetMetricPoints())
        {
            var tags = new Dictionary<string, object?>();
            foreach (KeyValuePair<string, object?> tag in point.Tags)
            {
                tags[tag.Key] = tag.Value;
            }

            Assert.InRange(point.GetHistogramSum() / point.GetHistogramCount(), 0.001, 5.0);
            points.Add(tags);
        }

        Assert.Contains(points, t => (string?)t["auditgen.outcome"] == "Succeeded" && !t.ContainsKey("error.type"));
        Assert.Contains(points, t => (string?)t["auditgen.outcome"] == "Failed" && (string?)t["error.type"] == typeof(AuthenticationFailedException).FullName);
        Assert.All(points, t => Assert.Equal("user_login", t["auditgen.operation"]));
    }

    [Fact]
    public void The_catalog_beside_the_assembly_names_the_profile_and_its_keys()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "AuditGen.OpenTelemetryTests.auditgen.json");
        using JsonDocument catalog = JsonDocument.Parse(File.ReadAllText(file));

        Assert.Equal("opentelemetry", catalog.RootElement.GetProperty("keyProfile").GetString());
        Assert.Equal("enduser.id", catalog.RootElement.GetProperty("recordKeys").GetProperty("actor").GetString());
        Assert.Equal(AuditCatalog.GetJson(typeof(LoginService).Assembly), File.ReadAllText(file));
    }

    private static ILoggerFactory Factory(List<LogRecord> records) => LoggerFactory.Create(b => b
        .SetMinimumLevel(LogLevel.Trace)
        .AddOpenTelemetry(o =>
        {
            o.ParseStateValues = true;
            o.AddInMemoryExporter(records);
        }));

    private static Dictionary<string, object?> Attributes(LogRecord record) => record.Attributes!.ToDictionary(a => a.Key, a => a.Value);
}
