using System;
using System.Threading;
using AuditGen.Runtime;
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
    private static RedactionKey? s_redaction;
    private static int s_exceptionScope;
    private static int s_clientAddressStyle;

    /// <summary>Gets the fallback logger factory, if one was set.</summary>
    public static ILoggerFactory? LoggerFactory => Volatile.Read(ref s_loggerFactory);

    /// <summary>Gets how audit records write <see cref="AuditContext.ClientAddress"/>; <see cref="ClientAddressStyle.Truncated"/> unless changed.</summary>
    public static ClientAddressStyle ClientAddressStyle => (ClientAddressStyle)Volatile.Read(ref s_clientAddressStyle);

    /// <summary>The keyed-hash settings in force, or <see langword="null"/> in mask mode. A record captures them once.</summary>
    internal static RedactionKey? Redaction => Volatile.Read(ref s_redaction);

    /// <summary>Whether the failure records of every operation, not only sensitive ones, carry a <see cref="RedactedException"/>.</summary>
    internal static bool RedactsEveryExceptionMessage => Volatile.Read(ref s_exceptionScope) == (int)ExceptionRedactionScope.AllOperations;

    /// <summary>
    /// Sets the logger factory used by audited methods whose type has no logger of its own (static classes, for example).
    /// The category is the containing type's full name. Pass <see langword="null"/> to stop logging from such methods.
    /// </summary>
    /// <param name="loggerFactory">The factory, usually the application's <c>ILoggerFactory</c>.</param>
    public static void UseLoggerFactory(ILoggerFactory? loggerFactory) => Volatile.Write(ref s_loggerFactory, loggerFactory);

    /// <summary>
    /// Writes personal identifiers (an email, a client address, a user id: values AuditGen would otherwise mask) as
    /// <c>hmac:{keyId}:</c> followed by 16 hex digits of HMAC-SHA256 over the value in its own hash domain (the field
    /// name, or the domain the code names on purpose), so operators can correlate equal values within a field without
    /// seeing them. Credentials (passwords, tokens, keys, codes) stay masked. Hashing allocates; mask mode does not.
    /// </summary>
    /// <param name="key">At least 32 random bytes, e.g. from <c>RandomNumberGenerator.GetBytes(32)</c>. The array is
    /// copied; keep the original out of the logs and rotate it like any secret.</param>
    /// <param name="keyId">1 to 16 characters of <c>[A-Za-z0-9_-]</c> written into every pseudonym, so that outputs of
    /// different keys are never compared.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="keyId"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes or not random (printable text, fewer than 16
    /// distinct byte values, a repeating pattern), or the key id is not valid.</exception>
    public static void UseKeyedHashRedaction(byte[] key, string keyId = "k1") =>
        Replace(RedactionKey.Create(key, keyId));

    /// <summary>
    /// Always returns <see cref="RedactedText"/>, in every mode: what the secret-logging code fixes insert for
    /// credentials. Use <see cref="Pseudonymize"/> for identifiers that should be correlatable in keyed-hash mode.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The secret.</param>
    /// <returns><see cref="RedactedText"/>; never any part of the value, nor a hash of it.</returns>
    public static string Redact<T>(T value) => AuditRedactor.Redact(value);

    /// <summary>
    /// A URL fit for a log: user info dropped, every query value and the fragment masked (the parameter names stay,
    /// they say what was sent), control characters escaped. Relative URLs (<c>/reset?token=…</c>) are handled too. For
    /// application code's own log calls of request URLs (the AG1003 fix for <c>GetDisplayUrl()</c>).
    /// </summary>
    /// <param name="url">A <see cref="Uri"/> or URL text; null stays null.</param>
    /// <returns>The sanitized URL.</returns>
    public static string? SanitizeUrl(object? url) => UrlSanitizer.Sanitize(url);

    /// <summary>
    /// Pseudonymizes a personal identifier for application code's own log calls: <see cref="RedactedText"/> in mask
    /// mode; after <see cref="UseKeyedHashRedaction"/>, <c>hmac:{keyId}:{16 hex digits}</c> of the value's invariant
    /// text in <paramref name="domain"/>. Equal values in one domain give equal outputs; in two domains, unrelated ones.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The identifier; null gives <see cref="RedactedText"/>.</param>
    /// <param name="domain">The hash domain, e.g. <c>"client.address"</c>: name one on purpose to correlate a value
    /// across operations, and never reuse it for a different kind of value.</param>
    /// <returns>The mask or the pseudonym.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/> is null.</exception>
    public static string Pseudonymize<T>(T value, string domain)
    {
        if (domain is null)
        {
            throw new ArgumentNullException(nameof(domain));
        }

        // Checked here, before the value is boxed: mask mode allocates nothing.
        RedactionKey? redaction = Redaction;
        return redaction is null || value is null ? RedactedText : redaction.Pseudonymize(domain, LogText.Invariant(value));
    }

    /// <summary>Returns to the default redaction: identifiers are masked too, and the key bytes are zeroed.</summary>
    public static void UseMaskRedaction() => Replace(null);

    /// <summary>
    /// Chooses which failure records carry a <see cref="RedactedException"/> (type, stack trace, no message) instead of
    /// the exception itself. Operations marked <c>Sensitive = true</c> always do. Callers receive the original either way.
    /// </summary>
    /// <param name="scope">The operations whose exception messages are kept out of the logs.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not a defined value.</exception>
    public static void RedactExceptionMessages(ExceptionRedactionScope scope)
    {
        if (scope is not (ExceptionRedactionScope.SensitiveOperations or ExceptionRedactionScope.AllOperations))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Not a defined ExceptionRedactionScope.");
        }

        Volatile.Write(ref s_exceptionScope, (int)scope);
    }

    /// <summary>Chooses how audit records write the client address of <see cref="AuditContext"/>.</summary>
    /// <param name="style">The style; <see cref="ClientAddressStyle.Truncated"/> (the network only) is the default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static void UseClientAddressStyle(ClientAddressStyle style)
    {
        if (style is < ClientAddressStyle.Truncated or > ClientAddressStyle.Omitted)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Not a defined ClientAddressStyle.");
        }

        Volatile.Write(ref s_clientAddressStyle, (int)style);
    }

    /// <summary>
    /// A client address as audit records write it under <see cref="ClientAddressStyle"/>: for application code's own
    /// metric labels and log calls, so they match the records (the network only by default, the keyed hash when
    /// pseudonymized). Text that is not an address gives <see cref="RedactedText"/> (except in the full style).
    /// </summary>
    /// <param name="address">An IPv4 or IPv6 address as text, e.g. <c>HttpContext.Connection.RemoteIpAddress?.ToString()</c>.</param>
    /// <returns>The address as records write it, or <see langword="null"/> for a null address or the omitted style.</returns>
    public static string? FormatClientAddress(string? address) => ClientAddressMask.Apply(address, ClientAddressStyle, Redaction);

    // The previous key is zeroed as soon as it is replaced; records still holding it then write the mask.
    private static void Replace(RedactionKey? next) => Interlocked.Exchange(ref s_redaction, next)?.Clear();
}
