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

    /// <summary>Name of the duration histogram of methods compiled with the OpenTelemetry key profile, in seconds as the
    /// semantic conventions ask, tagged <c>auditgen.operation</c>, <c>auditgen.outcome</c> and, for failures,
    /// <c>error.type</c>. Its count is the number of calls: those methods do not also feed <see cref="CallsInstrumentName"/>.</summary>
    public const string CallDurationInstrumentName = "auditgen.call.duration";

    /// <summary>Name of the call counter, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string CallsInstrumentName = "auditgen.operation.calls";

    /// <summary>Name of the counter of records (or spans) AuditGen could not write, tagged <c>operation</c> and
    /// <c>reason</c>: <c>logger</c> (the logger could not be resolved), <c>provider</c> (a logging provider, a value's
    /// getter or <c>ToString()</c> threw while the record was written), <c>activity</c> (an activity listener threw), <c>refused</c> (a <c>Required</c> operation was refused because its record could not be written).
    /// The audited call itself is never affected.</summary>
    public const string DroppedInstrumentName = "auditgen.records.dropped";

    /// <summary>Name of the counter of secrets the leak sentinel masked in log records, tagged <c>kind</c> (what was found:
    /// <c>jwt</c>, <c>bearer</c>, <c>password</c>…) and <c>category</c> (the logger category that logged it): the runtime
    /// measure of "tokens in logs", which should stay at zero.</summary>
    public const string LeaksMaskedInstrumentName = "auditgen.leaks.masked";

    internal const string DroppedLogger = "logger";
    internal const string DroppedProvider = "provider";
    internal const string DroppedActivity = "activity";
    internal const string DroppedRefused = "refused";

    private static readonly string? s_version = typeof(AuditTelemetry).Assembly.GetName().Version?.ToString();

    // Creating a source or an instrument calls every registered listener (ShouldListenTo, InstrumentPublished). A
    // listener that throws there must not fail this type's initialization, which would break every audited call for the
    // life of the process: each object is created under a guard, and a missing one only turns its telemetry off.
    private static readonly ActivitySource? s_activitySource = Create(() => new ActivitySource(AuditLog.TelemetryName, s_version));
    private static readonly Meter s_meter = new(AuditLog.TelemetryName, s_version);
    private static readonly Histogram<double>? s_duration = Create(() => s_meter.CreateHistogram<double>(DurationInstrumentName, "ms", "Duration of audited operations."));
    private static readonly Histogram<double>? s_callDuration = Create(() => s_meter.CreateHistogram<double>(CallDurationInstrumentName, "s", "Duration of audited operations (OpenTelemetry key profile)."));
    private static readonly Counter<long>? s_calls = Create(() => s_meter.CreateCounter<long>(CallsInstrumentName, "{call}", "Audited operations by outcome."));
    private static readonly Counter<long>? s_dropped = Create(() => s_meter.CreateCounter<long>(DroppedInstrumentName, "{record}", "Audit records or spans that could not be written."));
    private static readonly Counter<long>? s_leaks = Create(() => s_meter.CreateCounter<long>(LeaksMaskedInstrumentName, "{secret}", "Secrets the leak sentinel masked in log records."));

    /// <summary>The source of one <see cref="Activity"/> per audited call, named after the operation.</summary>
    /// <exception cref="InvalidOperationException">An <see cref="ActivityListener"/> threw while the source was created; audited calls then run without spans.</exception>
    public static ActivitySource ActivitySource =>
        s_activitySource ?? throw new InvalidOperationException("An ActivityListener threw while AuditGen's ActivitySource was created; audited calls run without spans.");

    /// <summary>The meter that owns AuditGen's instruments.</summary>
    public static Meter Meter => s_meter;

    /// <summary>Gets whether an <see cref="ActivityListener"/> or a <see cref="MeterListener"/> wants AuditGen's telemetry.</summary>
    public static bool IsListenedTo => HasActivityListeners || Duration?.Enabled == true || Calls?.Enabled == true || s_callDuration?.Enabled == true;

    internal static bool HasActivityListeners => s_activitySource?.HasListeners() == true;

    internal static ActivitySource? Source => s_activitySource;

    internal static Histogram<double>? Duration => s_duration;

    internal static Counter<long>? Calls => s_calls;

    internal static Counter<long>? Dropped => s_dropped;

    /// <summary>Records the duration and outcome of one call in its method's key profile; a throwing metrics listener is ignored.</summary>
    internal static void RecordCall(AuditMethod method, string outcome, Exception? exception, double durationMs)
    {
        if (method.KeyNames.DurationInSeconds)
        {
            RecordCallInSeconds(method, outcome, exception, durationMs);
            return;
        }

        RecordCall(method.Operation, outcome, durationMs);
    }

    /// <summary>Records the duration and outcome of one call; a throwing metrics listener is ignored.</summary>
    internal static void RecordCall(string operation, string outcome, double durationMs)
    {
        // The common case, nobody listening, costs two field reads: no tags, no try block.
        if (Duration?.Enabled != true && Calls?.Enabled != true)
        {
            return;
        }

        try
        {
            var operationTag = new KeyValuePair<string, object?>("operation", operation);
            var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
            if (Duration?.Enabled == true)
            {
                Duration.Record(durationMs, operationTag, outcomeTag);
            }

            if (Calls?.Enabled == true)
            {
                Calls.Add(1, operationTag, outcomeTag);
            }
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the audited call.
        }
    }

    private static void RecordCallInSeconds(AuditMethod method, string outcome, Exception? exception, double durationMs)
    {
        if (s_callDuration?.Enabled != true)
        {
            return;
        }

        try
        {
            var operationTag = new KeyValuePair<string, object?>(method.KeyNames.Operation, method.Operation);
            var outcomeTag = new KeyValuePair<string, object?>(method.KeyNames.Outcome, outcome);
            if (exception is not null && outcome == AuditOutcome.Failed)
            {
                s_callDuration.Record(durationMs / 1000.0, operationTag, outcomeTag, new KeyValuePair<string, object?>(method.KeyNames.ErrorType!, exception.GetType().FullName));
            }
            else
            {
                s_callDuration.Record(durationMs / 1000.0, operationTag, outcomeTag);
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
            if (Dropped?.Enabled == true)
            {
                Dropped.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));
            }
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the audited call.
        }
    }

    /// <summary>Counts a secret the leak sentinel masked; a throwing metrics listener is ignored.</summary>
    internal static void RecordLeak(string kind, string category)
    {
        try
        {
            if (s_leaks?.Enabled == true)
            {
                s_leaks.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("category", category));
            }
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the log call.
        }
    }

    private static T? Create<T>(Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (Exception)
        {
            return null;
        }
    }
}
