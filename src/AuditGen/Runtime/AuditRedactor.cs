using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>Turns a value that must not be logged into its redacted form. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditRedactor
{
    /// <summary>
    /// Returns <see cref="AuditLog.RedactedText"/>, in every mode. A credential is never hashed: a keyed hash of a short
    /// secret (a PIN, a one-time code) lets anyone who can get a guess logged find it by comparing outputs.
    /// </summary>
    /// <typeparam name="T">The value's type; generic so that value types are not boxed.</typeparam>
    /// <param name="value">The value to redact.</param>
    /// <returns><see cref="AuditLog.RedactedText"/>.</returns>
    public static string Redact<T>(T value)
    {
        _ = value;
        return AuditLog.RedactedText;
    }

    /// <summary>The mask in mask mode, else the keyed hash of the value's invariant text in <paramref name="domain"/>.</summary>
    /// <param name="value">The identifier; null gives the mask.</param>
    /// <param name="domain">The hash domain.</param>
    /// <param name="redaction">The keyed-hash settings, or <see langword="null"/> in mask mode.</param>
    /// <returns>The mask or the pseudonym.</returns>
    internal static string Pseudonymize(object? value, string domain, RedactionKey? redaction) =>
        redaction is null || value is null ? AuditLog.RedactedText : redaction.Pseudonymize(domain, LogText.Invariant(value));
}
