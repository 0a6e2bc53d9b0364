using System.Diagnostics.Metrics;

namespace AuditGen.Samples.AuthApi.Infrastructure;

/// <summary>
/// The service's own metric beside AuditGen's: failed logins per (masked) client IP, for brute-force alerts.
/// The masked IP keeps the label's cardinality bounded (one value per /24 or /48).
/// </summary>
public sealed class AuthMetrics : IDisposable
{
    public const string MeterName = "AuditGen.Samples.AuthApi";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _loginFailures;

    public AuthMetrics() =>
        _loginFailures = _meter.CreateCounter<long>("authapi.login.failures", "{failure}", "Failed logins by masked client IP.");

    public void LoginFailed(string maskedClientIp) => _loginFailures.Add(1, new KeyValuePair<string, object?>("client_ip", maskedClientIp));

    public void Dispose() => _meter.Dispose();
}
