using System;

namespace AuditGen;

/// <summary>
/// Writes an identifier partially masked in audit records (<c>ShowLast = 4</c>: <c>***1234</c>), computed only when a
/// provider reads the record. Applies to identifiers only: on a credential (a password, token, key, code) AuditGen
/// masks the whole value and reports AG0017.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class MaskedAttribute : Attribute
{
    /// <summary>Gets or sets how many leading characters stay visible.</summary>
    public int ShowFirst { get; set; }

    /// <summary>Gets or sets how many trailing characters stay visible.</summary>
    public int ShowLast { get; set; }

    /// <summary>Gets or sets whether each hidden character becomes one <c>*</c> (the default writes <c>***</c>).</summary>
    public bool PreserveLength { get; set; }
}
