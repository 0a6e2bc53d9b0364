using System.Threading.RateLimiting;
using AuditGen;
using AuditGen.AspNetCore;
using AuditGen.Samples.AuthApi;
using AuditGen.Samples.AuthApi.Data;
using AuditGen.Samples.AuthApi.Infrastructure;
using AuditGen.Samples.AuthApi.Security;
using AuditGen.Samples.AuthApi.Services;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// Every log line is one JSON object with its scopes: the request id and the trace and span ids.
builder.Logging.ClearProviders();
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
});

// The last line of defence: any secret-shaped value that still reaches a log record — ASP.NET Core's own request log
// of a reset link's ?token=, a library's exception message — is masked before the console sees it, and counted by
// auditgen.leaks.masked (alert rule LeakedSecretsInLogs in samples/observability/service-alerts.yml).
builder.Logging.AddAuditGenLeakSentinel();

builder.Services.Configure<AuthApiOptions>(builder.Configuration.GetSection(AuthApiOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton<Outbox>();
builder.Services.AddSingleton<AccountService>();
builder.Services.AddSingleton<RateLimitAuditor>();
builder.Services.AddAuditContext(); // who (after login), from where, which request: every audit record of the request
builder.Services.AddSingleton<AuthMetrics>();
builder.Services.AddHostedService<OutboxDispatcher>();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database")
    .AddCheck<OutboxHealthCheck>("outbox");

builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.AddPolicy(Endpoints.RateLimitPolicy, http =>
    {
        AuthApiOptions options = http.RequestServices.GetRequiredService<IOptions<AuthApiOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.RateLimitPermits,
                Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
                QueueLimit = 0,
            });
    });
    limiter.OnRejected = (context, _) =>
    {
        HttpContext http = context.HttpContext;
        http.RequestServices.GetRequiredService<RateLimitAuditor>().Rejected(http.Request.Path.Value ?? "/");
        return ValueTask.CompletedTask;
    };
});

// Traces and metrics: AuditGen's ActivitySource and Meter plus ASP.NET Core's. Console by default, OTLP when
// OTEL_EXPORTER_OTLP_ENDPOINT is set; /metrics always serves the Prometheus exposition.
bool otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing =>
    {
        tracing.AddSource(AuditLog.TelemetryName).AddAspNetCoreInstrumentation();
        _ = otlp ? tracing.AddOtlpExporter() : tracing.AddConsoleExporter();
    })
    .WithMetrics(metrics =>
    {
        metrics.AddMeter(AuditLog.TelemetryName, AuthMetrics.MeterName).AddAspNetCoreInstrumentation().AddPrometheusExporter();
        _ = otlp ? metrics.AddOtlpExporter() : metrics;
    });

WebApplication app = builder.Build();

// Hash mode needs a key; a per-process one keeps hashes comparable within a run and useless outside it. The same
// setting decides how audit records write the client address of the audit context.
ClientIpMode clientIpMode = app.Services.GetRequiredService<IOptions<AuthApiOptions>>().Value.ClientIpMode;
if (clientIpMode == ClientIpMode.Hash)
{
    AuditLog.UseKeyedHashRedaction(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}

AuditLog.UseClientAddressStyle(clientIpMode switch
{
    ClientIpMode.Hash => ClientAddressStyle.Pseudonymized,
    ClientIpMode.Full => ClientAddressStyle.Full,
    _ => ClientAddressStyle.Truncated,
});

await app.Services.GetRequiredService<Database>().MigrateAsync();

// First, so that the rate limiter's own audit record (rate_limited) carries the client address and request id too.
// Behind a proxy, app.UseForwardedHeaders() comes before it: the context reads only Connection.RemoteIpAddress.
app.UseAuditContext();
app.UseMiddleware<RequestIdMiddleware>();
app.UseRateLimiter();
app.MapAuth();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
app.MapPrometheusScrapingEndpoint("/metrics");

await app.RunAsync();
