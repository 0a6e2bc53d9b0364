using System;
using Microsoft.Extensions.Logging;

namespace AuditGen;

/// <summary>
/// Marks a <c>partial</c> method whose implementation AuditGen generates: the wrapper calls the private
/// <c>&lt;Name&gt;Core</c> method and writes one structured audit record per call (operation, outcome,
/// duration and the method's parameters, redacted where needed).
/// </summary>
/// <example>
/// <code>
/// [Audit("password_reset", Sensitive = true)]
/// public partial Task ResetPasswordAsync(string email, string token);
/// private async Task ResetPasswordAsyncCore(string email, string token) { /* … */ }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AuditAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="operation">The operation name written as <c>Operation</c> in every record, e.g. <c>password_reset</c>.</param>
    public AuditAttribute(string operation) => Operation = operation;

    /// <summary>Gets the operation name written as <c>Operation</c> in every record.</summary>
    public string Operation { get; }

    /// <summary>
    /// Gets or sets whether the operation handles sensitive data. When <see langword="true"/>, every parameter is redacted
    /// unless it is marked <see cref="LoggedAttribute"/>.
    /// </summary>
    public bool Sensitive { get; set; }

    /// <summary>Gets or sets the level of the record written when the call succeeds or is canceled. Failures are always <see cref="LogLevel.Error"/>.</summary>
    public LogLevel Level { get; set; } = LogLevel.Information;

    /// <summary>Gets or sets the event id of the audit record. When not set, a stable id is derived from <see cref="Operation"/>.</summary>
    public int EventId { get; set; }

    /// <summary>Gets or sets what kind of event the operation is, written as <c>Category</c> (<c>auditgen.category</c>)
    /// in every record and listed in the audit catalog. <see cref="AuditCategory.Unspecified"/> writes no category.</summary>
    public AuditCategory Category { get; set; }

    /// <summary>
    /// Gets or sets whether the operation must not run unaudited. When <see langword="true"/>, before the body runs the
    /// wrapper checks that a logger is enabled at <see cref="Level"/> and at <c>Error</c> and writes an intent record
    /// (outcome <c>Started</c>); if any of that fails it throws <see cref="AuditUnavailableException"/> and the body never
    /// runs. Every other operation keeps the rule that auditing never breaks the call.
    /// </summary>
    public bool Required { get; set; }
}
