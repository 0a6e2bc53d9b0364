using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static AuditGen.Samples.AuthApi.Tests.RecordQueries;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The AuthApi built with the OpenTelemetry key profile (samples/AuditGen.Samples.AuthApi.OpenTelemetry).</summary>
public sealed class OpenTelemetryAuthApiProcess : AuthApiProcess
{
    protected override string SampleName => "AuditGen.Samples.AuthApi.OpenTelemetry";
}

/// <summary>The same login record as <see cref="LoginRecordTests"/>, keyed by OpenTelemetry's semantic conventions.</summary>
public sealed class OpenTelemetryLoginRecordTests(OpenTelemetryAuthApiProcess service) : IClassFixture<OpenTelemetryAuthApiProcess>
{
    private const string Email = "hopper@example.com";
    private const string Password = "Login-Record-Otel-88";

    [Fact]
    public async Task A_successful_login_record_carries_the_same_facts_under_semantic_convention_keys()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        Assert.Equal(HttpStatusCode.Created, (await Post(http, "/auth/register", new { email = Email, password = Password }, "otel-register")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(http, "/auth/login", new { email = Email, password = Password }, "otel-login")).StatusCode);

        JsonElement record = await RecordAsync(service, "auditgen.operation", "login", "auditgen.request.id", "otel-login");
        Assert.Equal("login", State(record, "auditgen.operation"));
        Assert.Equal("Succeeded", State(record, "auditgen.outcome"));
        Assert.Equal("authentication", State(record, "auditgen.category"));
        Assert.Equal("AuditGen.Samples.AuthApi.Services.AccountService.LoginAsync", State(record, "code.function.name"));
        Assert.Equal(Email, State(record, "enduser.id"));
        Assert.Equal(Email, State(record, "auditgen.target"));
        Assert.Matches("^sha256:[0-9a-f]{16}$", State(record, "session.id"));
        Assert.Equal("127.0.0.0", State(record, "client.address"));
        Assert.InRange(double.Parse(State(record, "auditgen.duration")!, System.Globalization.CultureInfo.InvariantCulture), 0.0, 5.0); // seconds
        Assert.Equal("[REDACTED]", State(record, "password"));
        Assert.DoesNotContain(record.GetProperty("State").EnumerateObject(), p => p.Name is "Operation" or "Outcome" or "Actor" or "ClientAddress" or "DurationMs");
        Assert.Contains(record.GetProperty("Scopes").EnumerateArray(), s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("SpanId", out _));
    }
}
