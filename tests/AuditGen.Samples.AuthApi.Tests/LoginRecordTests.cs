using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static AuditGen.Samples.AuthApi.Tests.RecordQueries;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>
/// The record of a login, as an auditor reads it (issue 11): who (the actor, once the login succeeded, and the hashed
/// session), from where (the masked client address), which request (request id, and the call's own trace and span),
/// what kind of event (category) and how it ended (outcome).
/// </summary>
public sealed class LoginRecordTests(AuthApiProcess service) : IClassFixture<AuthApiProcess>
{
    private const string Email = "grace@example.com";
    private const string Password = "Login-Record-Test-77";

    [Fact]
    public async Task A_successful_login_record_carries_actor_session_client_request_trace_category_and_outcome()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        Assert.Equal(HttpStatusCode.Created, (await Post(http, "/auth/register", new { email = Email, password = Password }, "lr-register")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "/auth/login", new { email = Email, password = "wrong-password-1" }, "lr-login-failed")).StatusCode);
        using HttpResponseMessage login = await Post(http, "/auth/login", new { email = Email, password = Password }, "lr-login-ok");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        string session = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        JsonElement record = await RecordAsync(service, "Operation", "login", "RequestId", "lr-login-ok");
        Assert.Equal("Succeeded", State(record, "Outcome"));
        Assert.Equal("authentication", State(record, "Category"));
        Assert.Equal(Email, State(record, "Actor"));
        Assert.Equal(Email, State(record, "Target"));
        Assert.Matches("^sha256:[0-9a-f]{16}$", State(record, "Session"));
        Assert.Equal("127.0.0.0", State(record, "ClientAddress"));
        Assert.Equal("[REDACTED]", State(record, "password"));
        Assert.DoesNotContain(session, service.Output, StringComparison.Ordinal);

        // Its own span: the same trace as the request's own log lines, a span of its own (the audited call's).
        (string trace, string span) = TraceOf(record);
        JsonElement hosting = service.LogLines().First(l => l.GetProperty("Category").GetString() == "Microsoft.AspNetCore.Hosting.Diagnostics" && TraceOf(l).Trace == trace);
        Assert.Matches("^[0-9a-f]{32}$", trace);
        Assert.NotEqual(TraceOf(hosting).Span, span);

        // Before the login succeeded nobody was authenticated: the failed attempt has no actor, but the same origin.
        JsonElement failed = await RecordAsync(service, "Operation", "login", "RequestId", "lr-login-failed");
        Assert.Equal("Failed", State(failed, "Outcome"));
        Assert.Null(State(failed, "Actor"));
        Assert.Equal("127.0.0.0", State(failed, "ClientAddress"));
    }

    [Fact]
    public async Task The_catalog_served_at_run_time_is_the_one_the_build_wrote()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

        string served = await http.GetStringAsync(new Uri("/audit-catalog", UriKind.Relative));

        Assert.Equal(await File.ReadAllTextAsync(CatalogFile), served);
        using JsonDocument catalog = JsonDocument.Parse(served);
        JsonElement reset = catalog.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "password_reset");
        Assert.True(reset.GetProperty("required").GetBoolean());
    }

    /// <summary>The catalog the build wrote beside the sample the fixture runs.</summary>
    internal static string CatalogFile => Path.Combine(Path.GetDirectoryName(AuthApiProcess.SampleAssembly())!, "AuditGen.Samples.AuthApi.auditgen.json");



    private static (string Trace, string Span) TraceOf(JsonElement line)
    {
        foreach (JsonElement scope in line.GetProperty("Scopes").EnumerateArray())
        {
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out JsonElement trace) && scope.TryGetProperty("SpanId", out JsonElement span))
            {
                return (trace.GetString()!, span.GetString()!);
            }
        }

        return (string.Empty, string.Empty);
    }
}
