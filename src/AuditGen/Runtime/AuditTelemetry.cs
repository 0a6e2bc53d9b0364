using System;
using System.Collections.Generic;
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

    /// <summary>Name of the counter of records (or spans) AuditGen could not write, tagged <c>operation</c> and
    /// <c>reason</c>: <c>logger</c> (the logger could not be resolved), <c>provider</c> (a logging provider, a value's
    /// getter or <c>ToString()</c> threw while the record was written), <c>activity</c> (an activity listener threw).
    /// The audited call itself is never affected.</summary>
    public const string DroppedInstrumentName = "auditgen.records.dropped";

    internal const string DroppedLogger = "logger";
    internal const string DroppedProvider = "provider";
    internal const string DroppedActivity = "activity";

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

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static Counter<long> Dropped { get; } =
        Meter.CreateCounter<long>(DroppedInstrumentName, "{record}", "Audit records or spans that could not be written.");

    /// <summary>Records the duration and outcome of one call; a throwing metrics listener is ignored.</summary>
    internal static void RecordCall(string operation, string outcome, double durationMs)
    {
        // The common case, nobody listening, costs two field reads: no tags, no try block.
        if (!Duration.Enabled && !Calls.Enabled)
        {
            return;
        }

        try
        {
            var operationTag = new KeyValuePair<string, object?>("operation", operation);
            var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
            if (Duration.Enabled)
            {
                Duration.Record(durationMs, operationTag, outcomeTag);
            }

            if (Calls.Enabled)
            {
                Calls.Add(1, operationTag, outcomeTag);
            }
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the audited call.
        }
    }

    /// <summary>Counts a record that could not be written; a throwing metrics listener is ignored.</summary>
    internal static void RecordDropped(string operation, string reason)
    {
        try
        {
            if (Dropped.Enabled)
            {
                Dropped.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));
            }
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the audited call.
        }
    }
}
