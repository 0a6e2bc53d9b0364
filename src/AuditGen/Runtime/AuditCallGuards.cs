using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>The guarded steps of starting a call, kept out of the hot path: each may throw, and must not.</summary>
internal static class AuditCallGuards
{
    /// <summary>The fallback logger, or <see langword="null"/>: a disposed or broken factory costs the records, never the call.</summary>
    public static ILogger? ResolveFallback(AuditMethod method)
    {
        if (!method.HasFallback)
        {
            return null;
        }

        try
        {
            return method.ResolveFallback();
        }
        catch (Exception)
        {
            AuditTelemetry.RecordDropped(method.Operation, AuditTelemetry.DroppedLogger);
            return null;
        }
    }

    /// <summary>
    /// The check of a call marked <c>Required = true</c>, before its body runs: a logger enabled at the record's level
    /// and at <c>Error</c> (the failure record's), and an intent record (outcome <c>Started</c>) the provider accepted.
    /// Anything else throws <see cref="AuditUnavailableException"/>, which the wrapper lets through before calling Core.
    /// </summary>
    public static void WriteIntent<TValues>(AuditMethod method, ILogger? logger, TValues values, AuditContext? context)
        where TValues : struct, IAuditValues
    {
        if (logger is null)
        {
            Refuse(method, "no logger");
        }

        if (!AuditLogWriter.IsEnabled(logger, method.Level) || !AuditLogWriter.IsEnabled(logger, LogLevel.Error))
        {
            Refuse(method, "level disabled");
        }

        try
        {
            logger!.Log(method.Level, method.EventId, new AuditRecord<TValues>(method, AuditOutcome.Started, 0, values, AuditLog.Redaction, context), null, AuditRecord<TValues>.Formatter);
        }
        catch (Exception exception)
        {
            AuditTelemetry.RecordDropped(method.Operation, AuditTelemetry.DroppedProvider);
            throw new AuditUnavailableException(method.Operation, "provider failed", exception);
        }
    }

    private static void Refuse(AuditMethod method, string reason)
    {
        AuditTelemetry.RecordDropped(method.Operation, AuditTelemetry.DroppedRefused);
        throw new AuditUnavailableException(method.Operation, reason);
    }

    /// <summary>Starts the call's activity; a listener that throws from Sample or ActivityStarted costs the span only.</summary>
    public static Activity? StartActivity(AuditMethod method, Activity? previous)
    {
        try
        {
            return AuditTelemetry.Source?.StartActivity(method.Operation);
        }
        catch (Exception)
        {
            Activity.Current = previous;
            AuditTelemetry.RecordDropped(method.Operation, AuditTelemetry.DroppedActivity);
            return null;
        }
    }
}
