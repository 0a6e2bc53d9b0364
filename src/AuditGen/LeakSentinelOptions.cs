namespace AuditGen;

/// <summary>Options of the leak sentinel (<see cref="LeakSentinelLoggingBuilderExtensions.AddAuditGenLeakSentinel"/>).</summary>
public sealed class LeakSentinelOptions
{
    /// <summary>Gets or sets whether the first masked record of each logger category is followed by a warning (category
    /// <c>AuditGen.LeakSentinel</c>, event <c>LeakMasked</c>) that names the category, the kind of secret, where in the
    /// record it was and the record's event id — never the secret. Default: <see langword="true"/>. The metric
    /// <c>auditgen.leaks.masked</c> counts every masked secret either way.</summary>
    public bool WarnOncePerCategory { get; set; } = true;
}
