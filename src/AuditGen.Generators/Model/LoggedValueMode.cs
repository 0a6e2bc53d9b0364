namespace AuditGen.Generators.Model;

/// <summary>How one logged value is written into the record.</summary>
internal enum LoggedValueMode
{
    /// <summary>The value itself (scalars that are not secrets).</summary>
    Plain,

    /// <summary>The redacted form: a constant mask, or a keyed hash when configured.</summary>
    Redacted,

    /// <summary>Only whether the object is present; never its <c>ToString()</c>.</summary>
    Presence,
}
