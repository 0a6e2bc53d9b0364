using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>
/// Judges one value of a record or scope: by its key (the shared vocabulary: <c>password</c>, <c>apiKey</c>), by the
/// template text before its placeholder (<c>token={Value}</c>), and by its own text (a JWT in a <c>note</c>). Returns
/// the value to hand the provider instead, or null when the value may pass as it is.
/// </summary>
internal static class ValueInspection
{
    /// <param name="key">The value's key.</param>
    /// <param name="value">The value.</param>
    /// <param name="template">The findings of the record's template, with the placeholders that name secrets.</param>
    /// <param name="tally">Where the masked secrets are counted.</param>
    /// <param name="raw">Collects the text of values masked by name, to be masked in the rendered message too.</param>
    public static object? Mask(string key, object? value, List<LeakFinding>? template, ref LeakTally? tally, ref List<(string, string)>? raw)
    {
        if (value is null or bool or Enum)
        {
            return null;
        }

        if (NamedKind(key, value, template) is { } named)
        {
            string kind = ShapeKind(value) ?? named;
            string mask = LeakKinds.Mask(kind);
            LeakTally.Add(ref tally, kind, Where(key));
            AddRaw(ref raw, value, mask);
            return mask;
        }

        string? text = TextOf(value);
        List<LeakFinding>? findings = text is null ? null : LeakScanner.Scan(text);
        if (findings is null)
        {
            return null;
        }

        LeakTally.AddAll(ref tally, findings, Where(key));
        return LeakScanner.Mask(text!, findings);
    }

    /// <summary>Where a key's value sits, for the warning: the key when it reads as a name, else nothing of it.</summary>
    public static string Where(string key)
    {
        foreach (char c in key)
        {
            if (!TextChars.IsKeyChar(c))
            {
                return "a value";
            }
        }

        return key.Length is > 0 and <= 64 ? "the value of '" + key + "'" : "a value";
    }

    /// <summary>The text a provider would write for a value, or null for values that cannot hold a secret's shape
    /// (numbers, dates, ids). Collections are joined as Microsoft.Extensions.Logging formats them.</summary>
    public static string? TextOf(object value) => value switch
    {
        string text => text,
        Uri uri => uri.OriginalString,
        // Numbers, dates, times, ids (DateOnly and TimeOnly too): their text is theirs, never a token's shape.
        IFormattable when value.GetType().IsValueType => null,
        char => null,
        IEnumerable items => Join(items),
        _ => value.ToString(),
    };

    private static string? NamedKind(string key, object value, List<LeakFinding>? template)
    {
        if (value is string text && (text.Length == 0 || text.StartsWith(LeakKinds.MaskPrefix, StringComparison.Ordinal)))
        {
            return null; // empty, or already masked (AuditGen's own records: "[REDACTED]")
        }

        KeyVerdict verdict = KeyVerdicts.Judge(key);
        if (verdict.IsSecret)
        {
            return verdict.IsCount && IsScalar(value) ? null : verdict.Kind;
        }

        if (template is not null)
        {
            foreach (LeakFinding finding in template)
            {
                if (finding.Placeholder is not null && string.Equals(finding.Placeholder, key, StringComparison.OrdinalIgnoreCase))
                {
                    return finding.Kind;
                }
            }
        }

        return null;
    }

    // A value masked by its name may also have a shape ("Jwt" holding a JWT): the shape's kind is the more precise hint.
    private static string? ShapeKind(object value)
    {
        string? text = TextOf(value);
        List<LeakFinding>? findings = text is null ? null : LeakScanner.Scan(text);
        return findings?.Find(static f => !f.ByName && f.Placeholder is null).Kind;
    }

    private static bool IsScalar(object value) => value is IFormattable && value.GetType().IsPrimitive || value is decimal;

    private static void AddRaw(ref List<(string, string)>? raw, object value, string mask)
    {
        string? text = value is string s ? s : value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : TextOf(value);
        if (!string.IsNullOrEmpty(text))
        {
            (raw ??= []).Add((text!, mask));
            string current = value.ToString() ?? string.Empty;
            if (current.Length > 0 && current != text)
            {
                raw.Add((current, mask)); // the current culture's form, should the formatter use it
            }
        }
    }

    private static string Join(IEnumerable items)
    {
        var parts = new List<string>();
        foreach (object? item in items)
        {
            parts.Add(item is null ? "(null)" : item is string s ? s : item.ToString() ?? string.Empty);
        }

        return string.Join(", ", parts);
    }
}
