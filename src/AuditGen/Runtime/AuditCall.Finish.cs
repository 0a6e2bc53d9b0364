using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>The end of a call: records first, while the call's own activity is current, then the span and the metrics.</summary>
public partial struct AuditCall<TValues>
{
    private void Finish(string outcome, Exception? exception, Activity? restore)
    {
        if (_method is null)
        {
            return; // an inactive call
        }

        double durationMs = (Stopwatch.GetTimestamp() - _startTimestamp) * 1000.0 / Stopwatch.Frequency;
        Activity? activity = _activity;
        if (activity is null)
        {
            WriteCompletion(outcome, exception, durationMs);
            WriteSlowCall(durationMs);
            AuditTelemetry.RecordCall(_method, outcome, exception, durationMs);
            return;
        }

        try
        {
            // The records carry this call's trace and span ids, whichever thread completes it.
            Activity.Current = activity;

            WriteCompletion(outcome, exception, durationMs);
            WriteSlowCall(durationMs);
            StopActivity(activity, outcome, exception);
        }
        finally
        {
            Activity.Current = restore;
        }

        AuditTelemetry.RecordCall(_method, outcome, exception, durationMs);
    }

    private readonly void WriteCompletion(string outcome, Exception? exception, double durationMs)
    {
        if (!_method.Audit)
        {
            return;
        }

        bool failed = outcome == AuditOutcome.Failed;
        LogLevel level = failed ? LogLevel.Error : _method.Level;
        // The level found enabled when the call began is not asked again (one IsEnabled call per typical call, as a
        // hand-written [LoggerMessage] call makes).
        if ((level == _enabledLevel || AuditLogWriter.IsEnabled(_logger, level))
            && !AuditLogWriter.Write(_logger!, level, _method.EventId, new AuditRecord<TValues>(_method, outcome, durationMs, _values, AuditLog.Redaction, _context, failed ? exception : null), failed ? ExceptionToLog(exception) : null, AuditRecord<TValues>.Formatter))
        {
            AuditTelemetry.RecordDropped(_method.Operation, AuditTelemetry.DroppedProvider);
        }
    }

    /// <summary>
    /// The exception the failure record carries: for a sensitive operation or one that redacts a value (or every operation, once
    /// <see cref="AuditLog.RedactExceptionMessages"/> says so) a <see cref="RedactedException"/> with the type and stack
    /// trace but not the message, which often quotes the very values the record redacts. Built only for a record that is
    /// written; the caller still receives the original instance.
    /// </summary>
    private readonly Exception? ExceptionToLog(Exception? exception) =>
        exception is not null && (_method.RedactsExceptionMessages || AuditLog.RedactsEveryExceptionMessage || HasUrlInPlainText())
            ? RedactedException.For(exception)
            : exception;

    // A plain string that carries a URL is sanitized when read; an exception about that call likely quotes the URL
    // (HttpRequestException does), so the failure record's exception loses its message too. Failure path only.
    private readonly bool HasUrlInPlainText()
    {
        int count = Math.Min(_method.Modes.Length, _values.Count);
        for (int i = 0; i < count; i++)
        {
            if (_method.Modes[i] == AuditMethod.PlainMode && _values.Get(i) is string text && LogText.HoldsUrl(text))
            {
                return true;
            }
        }

        return false;
    }

    private readonly void WriteSlowCall(double durationMs)
    {
        if (_method.SlowThresholdMs > 0
            && durationMs >= _method.SlowThresholdMs
            && AuditLogWriter.IsEnabled(_logger, _method.SlowLevel)
            && !AuditLogWriter.Write(_logger!, _method.SlowLevel, _method.SlowEventId, new SlowCallState(_method.Operation, durationMs, _method.SlowThresholdMs, _method.KeyNames), null, SlowCallState.Formatter))
        {
            AuditTelemetry.RecordDropped(_method.Operation, AuditTelemetry.DroppedProvider);
        }
    }

    private readonly void StopActivity(Activity? activity, string outcome, Exception? exception)
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            activity.SetTag("auditgen.outcome", outcome);
            if (exception is not null && outcome == AuditOutcome.Failed)
            {
                activity.SetTag("error.type", exception.GetType().FullName);
                // The type name, not the message: exception messages often carry the very values we redact.
                activity.SetStatus(ActivityStatusCode.Error, exception.GetType().FullName);
            }

            activity.Stop();
        }
        catch (Exception)
        {
            AuditTelemetry.RecordDropped(_method.Operation, AuditTelemetry.DroppedActivity);
        }
    }
}
