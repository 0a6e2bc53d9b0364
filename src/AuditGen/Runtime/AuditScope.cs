using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;

namespace AuditGen.Runtime;

/// <summary>
/// Timing and telemetry for one audited call. Used by generated code; not meant to be called directly.
/// Allocates nothing unless a listener is attached to <see cref="AuditTelemetry.ActivitySource"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AuditScope
{
    private readonly long _startTimestamp;
    private readonly Activity? _activity;
    private readonly Activity? _previous;
    private readonly bool _active;

    private AuditScope(long startTimestamp, Activity? activity, Activity? previous)
    {
        _startTimestamp = startTimestamp;
        _activity = activity;
        _previous = previous;
        _active = true;
    }

    /// <summary>
    /// Gets whether anything wants this call's record or measurements. An inactive scope skipped timing altogether:
    /// with logging off and no listener, the wrapper costs a level check and nothing else.
    /// </summary>
    public bool IsActive => _active;

    /// <summary>Starts timing a call and, when something listens, an <see cref="Activity"/> named after the operation.</summary>
    /// <param name="operation">The operation name.</param>
    /// <returns>The scope to end when the call completes.</returns>
    public static AuditScope Begin(string operation) => Begin(operation, logging: true);

    /// <summary>Like <see cref="Begin(string)"/>, but returns an inactive scope when neither the logger nor a telemetry listener wants the call.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="logging">Whether the logger is enabled at the lowest level the call's records use.</param>
    /// <returns>The scope to end when the call completes, or an inactive one.</returns>
    public static AuditScope Begin(string operation, bool logging)
    {
        if (!logging && !AuditTelemetry.IsListenedTo)
        {
            return default;
        }

        Activity? previous = null;
        Activity? activity = null;
        if (AuditTelemetry.ActivitySource.HasListeners())
        {
            previous = Activity.Current;
            activity = AuditTelemetry.ActivitySource.StartActivity(operation);
        }

        return new AuditScope(Stopwatch.GetTimestamp(), activity, previous);
    }

    /// <summary>
    /// Restores the caller's <see cref="Activity.Current"/> once an asynchronous call has been handed to its continuation,
    /// so the activity does not leak into the caller while it is still running.
    /// </summary>
    public void Detach()
    {
        if (_activity is not null)
        {
            Activity.Current = _previous;
        }
    }

    /// <summary>Stops the activity, records the metrics and returns the call's duration.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="outcome">One of the <see cref="AuditOutcome"/> values.</param>
    /// <param name="exception">The exception of a failed call.</param>
    /// <returns>The elapsed time in milliseconds.</returns>
    public double End(string operation, string outcome, Exception? exception)
    {
        double durationMs = (Stopwatch.GetTimestamp() - _startTimestamp) * 1000.0 / Stopwatch.Frequency;
        try
        {
            StopActivity(outcome, exception);
            RecordMetrics(operation, outcome, durationMs);
        }
        catch (Exception)
        {
            // Telemetry listeners must never break the audited call.
        }

        return durationMs;
    }

    private void StopActivity(string outcome, Exception? exception)
    {
        if (_activity is null)
        {
            return;
        }

        _activity.SetTag("auditgen.outcome", outcome);
        if (exception is not null && outcome == AuditOutcome.Failed)
        {
            // The type name, not the message: exception messages often carry the very values we redact.
            _activity.SetStatus(ActivityStatusCode.Error, exception.GetType().FullName);
        }

        _activity.Stop();
    }

    private static void RecordMetrics(string operation, string outcome, double durationMs)
    {
        var operationTag = new KeyValuePair<string, object?>("operation", operation);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        if (AuditTelemetry.Duration.Enabled)
        {
            AuditTelemetry.Duration.Record(durationMs, operationTag, outcomeTag);
        }

        if (AuditTelemetry.Calls.Enabled)
        {
            AuditTelemetry.Calls.Add(1, operationTag, outcomeTag);
        }
    }
}
