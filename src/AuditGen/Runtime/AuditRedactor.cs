using System;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>Turns a value that must not be logged into its redacted form. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditRedactor
{
    [ThreadStatic]
    private static HMACSHA256? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>
    /// Returns <see cref="AuditLog.RedactedText"/>, or the keyed hash of the value when
    /// <see cref="AuditLog.UseKeyedHashRedaction"/> is active. Never returns any part of the value itself.
    /// </summary>
    /// <typeparam name="T">The value's type; generic so that value types are not boxed in mask mode.</typeparam>
    /// <param name="value">The value to redact.</param>
    /// <returns>The redacted text.</returns>
    public static string Redact<T>(T value)
    {
        byte[]? key = AuditLog.HashKey;
        if (key is null || value is null)
        {
            return AuditLog.RedactedText;
        }

        string? text = value is IFormattable formattable
            ? formattable.ToString(null, CultureInfo.InvariantCulture)
            : value.ToString();
        return text is null ? AuditLog.RedactedText : Hash(key, text);
    }

    private static string Hash(byte[] key, string text)
    {
        if (t_hmac is null || !ReferenceEquals(t_hmacKey, key))
        {
            t_hmac?.Dispose();
            t_hmac = new HMACSHA256(key);
            t_hmacKey = key;
        }

        byte[] digest = t_hmac.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder("hmac:", 5 + 16);
        for (int i = 0; i < 8; i++)
        {
            builder.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
