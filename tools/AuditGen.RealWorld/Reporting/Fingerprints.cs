namespace AuditGen.RealWorld.Reporting;

/// <summary>A finding's identity across runs, stable under edits elsewhere in the file (no line numbers).</summary>
internal static class Fingerprints
{
    /// <summary>The diagnostic property that, when an analyzer sets it, is used as the fingerprint as is.</summary>
    public const string PropertyName = "AuditGen.Fingerprint";

    /// <summary><c>id|relative file|containing member|argument text</c>, with '/' separators and the argument's whitespace removed.</summary>
    public static string Compute(string id, string relativeFile, string member, string argumentText) =>
        string.Join('|', id, relativeFile.Replace('\\', '/'), member, new string(argumentText.Where(c => !char.IsWhiteSpace(c)).ToArray()));
}
