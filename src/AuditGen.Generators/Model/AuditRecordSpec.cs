namespace AuditGen.Generators.Model;

/// <summary>The settings of the completion record written for <c>[Audit]</c>.</summary>
/// <param name="Level">The <c>LogLevel</c> of success and cancellation records.</param>
/// <param name="EventId">The event id.</param>
/// <param name="Sensitive">The <c>Sensitive</c> flag written into each record.</param>
internal sealed record AuditRecordSpec(int Level, int EventId, bool Sensitive);
