namespace AuditGen.Generators.Model;

/// <summary>The settings of the completion record written for <c>[Audit]</c>.</summary>
/// <param name="Level">The <c>LogLevel</c> of success and cancellation records.</param>
/// <param name="EventId">The event id.</param>
/// <param name="Sensitive">The <c>Sensitive</c> flag written into each record.</param>
/// <param name="Category">The category in snake case (<c>data_change</c>), or empty for none.</param>
/// <param name="Required">Whether the call is refused before Core when its record cannot be written.</param>
internal sealed record AuditRecordSpec(int Level, int EventId, bool Sensitive, string Category = "", bool Required = false);
