using System;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace AuditGen;

/// <summary>Process-wide configuration of AuditGen's generated wrappers.</summary>
public static class AuditLog
{
    /// <summary>The text that replaces a redacted value in the default (mask) mode.</summary>
    public const string RedactedText = "[REDACTED]";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/> AuditGen reports to.</summary>
    public const string TelemetryName = "AuditGen";

    private static ILoggerFactory? s_loggerFactory;
    private static byte[]? s_hashKey;

    /// <summary>Gets the fallback logger factory, if one was set.</summary>
    public static ILoggerFactory? LoggerFactory => Volatile.Read(ref s_loggerFactory);

    internal static byte[]? HashKey => Volatile.Read(ref s_hashKey);

    /// <summary>
    /// Sets the logger factory used by audited methods whose type has no logger of its own (static classes, for example).
    /// The category is the containing type's full name. Pass <see langword="null"/> to stop logging from such methods.
    /// </summary>
    /// <param name="loggerFactory">The factory, usually the application's <c>ILoggerFactory</c>.</param>
    public static void UseLoggerFactory(ILoggerFactory? loggerFactory) => Volatile.Write(ref s_loggerFactory, loggerFactory);

    /// <summary>
    /// Replaces redacted values with a keyed hash (<c>hmac:</c> followed by 16 hex digits of HMAC-SHA256), so operators can
    /// correlate equal values across records without seeing them. Hashing allocates; the default mask mode does not.
    /// </summary>
    /// <param name="key">The secret key, at least 16 bytes. Keep it out of the logs and rotate it like any secret.</param>
    public static void UseKeyedHashRedaction(byte[] key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (key.Length < 16)
        {
            throw new ArgumentException("The HMAC key must be at least 16 bytes long.", nameof(key));
        }

        Volatile.Write(ref s_hashKey, (byte[])key.Clone());
    }

    /// <summary>
    /// Redacts a value before it reaches any log: <see cref="RedactedText"/>, or its keyed hash after
    /// <see cref="UseKeyedHashRedaction"/>. This is what the secret-logging code fixes insert.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The secret.</param>
    /// <returns>The redacted text; never any part of the value.</returns>
    public static string Redact<T>(T value) => Runtime.AuditRedactor.Redact(value);

    /// <summary>Returns to the default redaction: every redacted value becomes <see cref="RedactedText"/>.</summary>
    public static void UseMaskRedaction() => Volatile.Write(ref s_hashKey, null);
}
