namespace AuditGen;

/// <summary>Which failure records carry a <see cref="RedactedException"/> instead of the exception itself.</summary>
public enum ExceptionRedactionScope
{
    /// <summary>Only operations marked <c>[Audit(Sensitive = true)]</c> (the default).</summary>
    SensitiveOperations,

    /// <summary>Every audited operation.</summary>
    AllOperations,
}
