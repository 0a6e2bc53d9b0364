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
