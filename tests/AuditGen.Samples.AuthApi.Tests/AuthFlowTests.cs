using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>Drives every flow over HTTP against the real service and checks its JSON log lines and /metrics.</summary>
public sealed class AuthFlowTests(AuthApiProcess service) : IClassFixture<AuthApiProcess>
{
    private const string Email = "ada@example.com";
    private const string Password = "Correct-Horse-9-Battery";
    private const string NewPassword = "Another-Staple-42-Horse";
    private const string WrongPassword = "wrong-password-123";
    private const string MaskedClientIp = "127.0.0.0";

    [Fact]
    public async Task Every_flow_is_audited_with_outcome_client_address_and_request_id_and_no_secret_reaches_the_logs()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

        // Register, with the caller's request id echoed back.
        using HttpResponseMessage registered = await Post(http, "/auth/register", new { email = Email, password = Password }, "e2e-register-1", timeout.Token);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("e2e-register-1", Assert.Single(registered.Headers.GetValues("X-Request-ID")));
        Assert.Matches(@"^\d+(\.\d+)?ms$", Assert.Single(registered.Headers.GetValues("X-Response-Time")));

        // Wrong, then right password; a one-time code arrives through the outbox.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "/auth/login", new { email = Email, password = WrongPassword }, null, timeout.Token)).StatusCode);
        using HttpResponseMessage login = await Post(http, "/auth/login", new { email = Email, password = Password }, null, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        string session = (await login.Content.ReadFromJsonAsync<JsonElement>(timeout.Token)).GetProperty("token").GetString()!;
        string otp = await service.OutboxAsync(Email, "otp");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "/auth/verify-otp", new { email = Email, code = "not-the-code" }, null, timeout.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(http, "/auth/verify-otp", new { email = Email, code = otp }, null, timeout.Token)).StatusCode);

        // Forgot → reset with the token from the outbox; the token works once.
        Assert.Equal(HttpStatusCode.Accepted, (await Post(http, "/auth/forgot-password", new { email = Email }, null, timeout.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Post(http, "/auth/forgot-password", new { email = "nobody@example.com" }, null, timeout.Token)).StatusCode);
        string resetToken = await service.OutboxAsync(Email, "password_reset");
        var reset = new { email = Email, token = resetToken, newPassword = NewPassword };
        Assert.Equal(HttpStatusCode.OK, (await Post(http, "/auth/reset-password", reset, null, timeout.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "/auth/reset-password", reset, null, timeout.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(http, "/auth/login", new { email = Email, password = NewPassword }, null, timeout.Token)).StatusCode);

        // Brute force until the rate limiter steps in.
        int attempts = 0;
        HttpStatusCode status;
        do
        {
            status = (await Post(http, "/auth/login", new { email = Email, password = WrongPassword + attempts }, null, timeout.Token)).StatusCode;
        }
        while (status != HttpStatusCode.TooManyRequests && ++attempts < 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);

        IReadOnlyList<JsonElement> lines = await WaitForLogsAsync(l => Audits(l, "rate_limited").Count > 0, timeout.Token);

        AssertAudits(lines, "register", ("Succeeded", 1));
        AssertAudits(lines, "verify_otp", ("Failed", 1), ("Succeeded", 1));
        AssertAudits(lines, "forgot_password", ("Succeeded", 2));
        AssertAudits(lines, "password_reset", ("Started", 2), ("Succeeded", 1), ("Failed", 1)); // Required: an intent record before each
        Assert.Equal(2, Audits(lines, "login").Count(r => Outcome(r) == "Succeeded"));
        Assert.True(Audits(lines, "login").Count(r => Outcome(r) == "Failed") >= 2);
        Assert.All(Audits(lines, "login").Where(r => Outcome(r) == "Failed"), r => Assert.Equal("Error", r.GetProperty("LogLevel").GetString()));

        JsonElement limited = Audits(lines, "rate_limited")[0];
        Assert.Equal(MaskedClientIp, State(limited, "ClientAddress"));
        Assert.Equal("authorization", State(limited, "Category"));
        Assert.Equal("/auth/login", State(limited, "endpoint"));
        Assert.All(lines.Where(l => State(l, "ClientAddress") is not null), r => Assert.Equal(MaskedClientIp, State(r, "ClientAddress")));
        Assert.DoesNotContain(lines, l => State(l, "clientIp") is not null);

        JsonElement registerRecord = Assert.Single(Audits(lines, "register"));
        Assert.Equal("e2e-register-1", State(registerRecord, "RequestId"));
        Assert.Contains(registerRecord.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("RequestId", out JsonElement id) && id.GetString() == "e2e-register-1");
        Assert.Contains(registerRecord.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("TraceId", out _));

        foreach (string secret in new[] { Password, NewPassword, WrongPassword, resetToken, otp, session })
        {
            Assert.DoesNotContain(secret, service.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_and_health_are_served()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        await Post(http, "/auth/login", new { email = "ghost@example.com", password = WrongPassword }, null, CancellationToken.None);

        string metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        JsonElement health = await http.GetFromJsonAsync<JsonElement>(new Uri("/health", UriKind.Relative));

        Assert.Contains("auditgen_operation_calls_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("operation=\"login\",outcome=\"Failed\"", metrics, StringComparison.Ordinal);
        Assert.Contains("auditgen_operation_duration_milliseconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains($"authapi_login_failures_total{{otel_scope_name=\"AuditGen.Samples.AuthApi\",client_ip=\"{MaskedClientIp}\"}}", metrics, StringComparison.Ordinal);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    private static async Task<HttpResponseMessage> Post(HttpClient http, string path, object body, string? requestId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (requestId is not null)
        {
            request.Headers.Add("X-Request-ID", requestId);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    // The console logger writes from a background queue: wait (bounded) until the expected records are out.
    private async Task<IReadOnlyList<JsonElement>> WaitForLogsAsync(Func<IReadOnlyList<JsonElement>, bool> ready, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonElement> lines = service.LogLines();
        for (int i = 0; i < 50 && !ready(lines); i++)
        {
            await Task.Delay(200, cancellationToken);
            lines = service.LogLines();
        }

        return lines;
    }

    private static void AssertAudits(IReadOnlyList<JsonElement> lines, string operation, params (string Outcome, int Count)[] expected)
    {
        List<JsonElement> records = Audits(lines, operation);
        Assert.Equal(expected.Sum(e => e.Count), records.Count);
        foreach ((string outcome, int count) in expected)
        {
            Assert.Equal(count, records.Count(r => Outcome(r) == outcome));
        }

        Assert.All(records, r => Assert.Equal(MaskedClientIp, State(r, "ClientAddress")));
        Assert.All(records, r => Assert.NotNull(State(r, "RequestId")));
        Assert.All(records, r => Assert.Contains(State(r, "Target"), new[] { Email, "nobody@example.com" }));
    }

    private static List<JsonElement> Audits(IReadOnlyList<JsonElement> lines, string operation) =>
        lines.Where(l => State(l, "Operation") == operation && State(l, "Outcome") is not null).ToList();

    private static string? Outcome(JsonElement line) => State(line, "Outcome");

    private static string? State(JsonElement line, string key) =>
        line.TryGetProperty("State", out JsonElement state) && state.TryGetProperty(key, out JsonElement value) ? value.ToString() : null;
}
