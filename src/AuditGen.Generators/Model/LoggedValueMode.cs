namespace AuditGen.Generators.Model;

/// <summary>How one logged value is written into the record.</summary>
internal enum LoggedValueMode
{
    /// <summary>The value itself (scalars that are not secrets).</summary>
    Plain,

    /// <summary>A credential: always the constant mask, never hashed.</summary>
    Redacted,

    /// <summary>A personal identifier: the mask, or its domain-separated keyed hash when configured.</summary>
    Personal,

    /// <summary>An identifier partially masked as <c>[Masked]</c> asks.</summary>
    Masked,

    /// <summary>A URL without user info, with query values and fragment masked.</summary>
    Url,

    /// <summary>A key/value pair whose value is written only when its key names nothing sensitive.</summary>
    KeyValue,

    /// <summary>Only whether the object is present; never its <c>ToString()</c>.</summary>
    Presence,
}
