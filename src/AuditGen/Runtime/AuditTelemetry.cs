using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AuditGen.Runtime;

/// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> that generated wrappers report to, both named <c>AuditGen</c>.</summary>
public static class AuditTelemetry
{
    /// <summary>Name of the duration histogram, in milliseconds, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string DurationInstrumentName = "auditgen.operation.duration";

    /// <summary>Name of the call counter, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string CallsInstrumentName = "auditgen.operation.calls";

    private static readonly string? s_version = typeof(AuditTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>The source of one <see cref="Activity"/> per audited call, named after the operation.</summary>
    public static ActivitySource ActivitySource { get; } = new(AuditLog.TelemetryName, s_version);

    /// <summary>The meter that owns AuditGen's instruments.</summary>
    public static Meter Meter { get; } = new(AuditLog.TelemetryName, s_version);

    /// <summary>Gets whether an <see cref="ActivityListener"/> or a <see cref="MeterListener"/> wants AuditGen's telemetry.</summary>
    public static bool IsListenedTo => ActivitySource.HasListeners() || Duration.Enabled || Calls.Enabled;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static Histogram<double> Duration { get; } =
        Meter.CreateHistogram<double>(DurationInstrumentName, "ms", "Duration of audited operations.");

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static Counter<long> Calls { get; } =
        Meter.CreateCounter<long>(CallsInstrumentName, "{call}", "Audited operations by outcome.");
}
