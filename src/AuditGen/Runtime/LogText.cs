using System;
using System.Globalization;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>
/// Text that is safe to put in a log line: control characters escaped so that a logged value can never start a forged
/// record in a plain-text sink, and values turned into text the same way on every machine.
/// </summary>
internal static class LogText
{
    /// <summary>Whether <paramref name="c"/> could break or rewrite a log line: C0 and C1 controls, DEL, and the
    /// Unicode line and paragraph separators, and the bidirectional overrides and isolates that reorder what a log viewer
    /// shows (U+202A–U+202E, U+2066–U+2069).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when it must be escaped.</returns>
    public static bool IsControl(char c) =>
        c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Returns <paramref name="text"/> itself when it has no control character (no allocation), else a copy
    /// with each one escaped as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The safe text.</returns>
    public static string Escape(string text)
    {
        int first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        escaped.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            AppendEscaped(escaped, text[i]);
        }

        return escaped.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/> with control characters escaped.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The first character to append.</param>
    /// <param name="length">How many characters to append.</param>
    public static void AppendEscaped(StringBuilder builder, string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            AppendEscaped(builder, text[i]);
        }
    }

    /// <summary>A plain value as a provider should see it: strings and chars with control characters escaped, every
    /// other value as it is (numbers, dates, ids and enums cannot hold a control character).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or its escaped text.</returns>
    public static object? Plain(object? value) => value switch
    {
        // Judged by value too: a string holding an absolute URL loses its user info and query values whatever its name.
        string text when HoldsUrl(text) => SanitizeUrls(text),
        string text => Escape(text),
        char c when IsControl(c) => Escape(c.ToString()),
        _ => value,
    };

    /// <summary>Whether the text may hold an absolute URL (<c>scheme://…</c>): plain strings, pair values and a failed
    /// call's values are all judged by this one test.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text contains <c>://</c>.</returns>
    public static bool HoldsUrl(string text) => text.IndexOf("://", StringComparison.Ordinal) >= 0;

    /// <summary>Every absolute URL inside <paramref name="text"/> (scheme to the next white space) without user info and
    /// with query values and fragment masked; the text around them is kept, control characters escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sanitized text.</returns>
    public static string SanitizeUrls(string text)
    {
        var result = new StringBuilder(text.Length);
        int done = 0;
        for (int marker = text.IndexOf("://", StringComparison.Ordinal); marker > 0; marker = text.IndexOf("://", done, StringComparison.Ordinal))
        {
            int start = marker;
            while (start > done && IsSchemeChar(text[start - 1]))
            {
                start--;
            }

            int end = marker + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            result.Append(text, done, start - done);
            result.Append(start == marker ? AuditLog.RedactedText : UrlSanitizer.Sanitize(text.Substring(start, end - start)));
            done = end;
            if (done >= text.Length)
            {
                break;
            }
        }

        result.Append(text, done, text.Length - done);
        return Escape(result.ToString());
    }

    private static bool IsSchemeChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '-' or '.';

    /// <summary>The value's text in the invariant culture, as a hash or a mask shape must see it on every machine.</summary>
    /// <param name="value">The value, not null.</param>
    /// <returns>The text; empty when <c>ToString()</c> returns null.</returns>
    public static string Invariant(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value.ToString() ?? string.Empty,
    };

    private static int IndexOfControl(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\n':
                builder.Append("\\n");
                break;
            case '\r':
                builder.Append("\\r");
                break;
            case '\t':
                builder.Append("\\t");
                break;
            default:
                if (IsControl(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }
}
