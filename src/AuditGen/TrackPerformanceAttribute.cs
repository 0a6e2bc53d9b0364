using System;
using Microsoft.Extensions.Logging;

namespace AuditGen;

/// <summary>
/// Marks a <c>partial</c> method whose generated wrapper measures each call and writes a slow-call record when the call
/// takes at least <see cref="ThresholdMilliseconds"/>. Can be combined with <see cref="AuditAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TrackPerformanceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="thresholdMilliseconds">Calls that take at least this long are reported. Must be positive.</param>
    public TrackPerformanceAttribute(int thresholdMilliseconds) => ThresholdMilliseconds = thresholdMilliseconds;

    /// <summary>Gets the threshold in milliseconds at or above which a slow-call record is written.</summary>
    public int ThresholdMilliseconds { get; }

    /// <summary>Gets or sets the level of the slow-call record.</summary>
    public LogLevel Level { get; set; } = LogLevel.Warning;
}
