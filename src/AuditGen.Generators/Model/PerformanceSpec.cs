namespace AuditGen.Generators.Model;

/// <summary>The settings of the slow-call record written for <c>[TrackPerformance]</c>.</summary>
/// <param name="ThresholdMs">Calls at or above this many milliseconds are reported.</param>
/// <param name="Level">The <c>LogLevel</c> of the slow-call record.</param>
/// <param name="EventId">The event id of the slow-call record.</param>
internal sealed record PerformanceSpec(int ThresholdMs, int Level, int EventId);
