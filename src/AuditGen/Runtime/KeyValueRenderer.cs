using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace AuditGen.Runtime;

/// <summary>
/// The logged form of a key/value pair (<see cref="AuditMethod.KeyValueMode"/>): <c>key=value</c>, where the value is
/// <see cref="AuditLog.RedactedText"/> unless the key names nothing sensitive (<c>Authorization=[REDACTED]</c>,
/// <c>Accept=text/html</c>). A value that is not a scalar is written by presence only, never through <c>ToString()</c>.
/// </summary>
internal static class KeyValueRenderer
{
    // The pair arrives boxed as object, so its Key and Value are read by reflection: once per pair type, and only when
    // a provider reads the record.
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Key, PropertyInfo Value)> s_accessors = new();

    /// <summary>Renders a boxed <see cref="KeyValuePair{TKey, TValue}"/> or <see cref="DictionaryEntry"/>.</summary>
    /// <param name="value">The pair; null stays null.</param>
    /// <returns>The rendered pair with control characters escaped; the mask when the value is not a pair.</returns>
    /// <param name="vocabulary">The codebase's own sensitive words (from <c>.editorconfig</c>), comma-separated, or null.</param>
    public static string? Render(object? value, string? vocabulary = null)
    {
        if (value is null)
        {
            return null;
        }

        if (!TryRead(value, out object? key, out object? item))
        {
            return AuditLog.RedactedText; // fail closed: the generator promised a pair
        }

        string keyText = key is null ? "(null)" : IsScalar(key) ? LogText.Invariant(key) : "(present)";
        bool show = key is not null && IsScalar(key) && KeyJudge.NamesNothingSensitive(keyText, vocabulary);
        string valueText = !show ? AuditLog.RedactedText : item switch
        {
            null => "(null)",
            Uri uri => UrlSanitizer.Sanitize(uri)!, // a URL value is still a URL: no user info, no query values
            string text when LogText.HoldsUrl(text) => LogText.SanitizeUrls(text),
            _ when IsScalar(item) => LogText.Invariant(item),
            _ => "(present)",
        };

        return LogText.Escape(keyText + "=" + valueText);
    }

    private static bool TryRead(object value, out object? key, out object? item)
    {
        if (value is DictionaryEntry entry)
        {
            key = entry.Key;
            item = entry.Value;
            return true;
        }

        Type type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            (PropertyInfo keyProperty, PropertyInfo valueProperty) = s_accessors.GetOrAdd(
                type, static t => (t.GetProperty(nameof(KeyValuePair<int, int>.Key))!, t.GetProperty(nameof(KeyValuePair<int, int>.Value))!));
            key = keyProperty.GetValue(value);
            item = valueProperty.GetValue(value);
            return true;
        }

        key = null;
        item = null;
        return false;
    }

    /// <summary>Values whose text is the value itself: strings, primitives, enums and the date, time and id structs.</summary>
    private static bool IsScalar(object value)
    {
        Type type = value.GetType();
        return value is string or decimal or Guid or DateTime or DateTimeOffset or TimeSpan
            || type.IsPrimitive
            || type.IsEnum
            || type.FullName is "System.DateOnly" or "System.TimeOnly"; // not in netstandard2.0
    }
}
