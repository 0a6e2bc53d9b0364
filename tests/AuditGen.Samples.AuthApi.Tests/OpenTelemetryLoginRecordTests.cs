using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

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

        JsonElement record = await RecordAsync("otel-login");
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

    private async Task<JsonElement> RecordAsync(string requestId)
    {
        for (int i = 0; i < 50; i++)
        {
            JsonElement? found = service.LogLines().Cast<JsonElement?>().FirstOrDefault(l => State(l!.Value, "auditgen.operation") == "login" && State(l.Value, "auditgen.request.id") == requestId);
            if (found is { } record)
            {
                return record;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No login record with request id {requestId}:\n{service.Output}");
    }

    private static async Task<HttpResponseMessage> Post(HttpClient http, string path, object body, string requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Request-ID", requestId);
        return await http.SendAsync(request);
    }

    private static string? State(JsonElement line, string key) =>
        line.TryGetProperty("State", out JsonElement state) && state.TryGetProperty(key, out JsonElement value) ? value.ToString() : null;
}
