using System;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>
/// The logged form of a URL (<see cref="AuditMethod.UrlMode"/>): where a request went, without what it carried. User
/// info is dropped, every query value becomes <see cref="AuditLog.RedactedText"/> (the names stay, they say what was
/// sent), and a fragment (an OAuth implicit-flow token lives there) becomes <c>#[REDACTED]</c>.
/// </summary>
internal static class UrlSanitizer
{
    /// <summary>Sanitizes a <see cref="Uri"/> or a URL string; any other value is read as its invariant text.</summary>
    /// <param name="value">The value; null stays null.</param>
    /// <returns>The sanitized URL, with control characters escaped.</returns>
    public static string? Sanitize(object? value)
    {
        if (value is null)
        {
            return null;
        }

        string text = value is Uri given ? given.OriginalString : LogText.Invariant(value);
        try
        {
            // Only text that starts with a scheme is read as an absolute URI: on Unix, Uri also takes "/reset?token=…"
            // for an absolute file path, and its rules for that are not the ones a reader of the log expects.
            Uri? uri = value as Uri;
            if (SchemeEnd(text) > 0 && (uri is { IsAbsoluteUri: true } || (uri is null && Uri.TryCreate(text, UriKind.Absolute, out uri))))
            {
                return LogText.Escape(Absolute(uri!, text));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or UriFormatException or ArgumentException)
        {
            // A URI the parser accepts but cannot take apart is sanitized as text below.
        }
        catch (Exception)
        {
            // System.Uri itself can throw where it should not ("file://" + U+202E throws IndexOutOfRangeException from
            // TryCreate): a throw here would drop the whole record, so whatever the parser chokes on is masked whole.
            return AuditLog.RedactedText;
        }

        try
        {
            return LogText.Escape(Relative(text));
        }
        catch (Exception)
        {
            return AuditLog.RedactedText;
        }
    }

    private static string Absolute(Uri uri, string original)
    {
        if (!HasAuthority(original))
        {
            // mailto:, data:, urn:, javascript:… carry their payload where a URL has its path.
            return uri.Scheme + ":" + AuditLog.RedactedText;
        }

        // SchemeAndServer is scheme, host and a non-default port: user info is not part of it.
        var url = new StringBuilder(uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped));
        if (uri.Query.Length > 0)
        {
            url.Append('?');
            AppendMaskedQuery(url, uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped));
        }

        if (uri.Fragment.Length > 0)
        {
            url.Append('#').Append(AuditLog.RedactedText);
        }

        return url.ToString();
    }

    /// <summary>A relative or unparsable URL, taken apart as text: the part before the first '?' or '#' without user
    /// info, then the query with its values masked and the fragment masked.</summary>
    private static string Relative(string text)
    {
        int cut = text.IndexOfAny(['?', '#']);
        var url = new StringBuilder(DropUserInfo(cut < 0 ? text : text.Substring(0, cut)));
        if (cut < 0)
        {
            return url.ToString();
        }

        int fragment = text[cut] == '#' ? cut : text.IndexOf('#', cut + 1);
        if (text[cut] == '?')
        {
            url.Append('?');
            AppendMaskedQuery(url, text.Substring(cut + 1, (fragment < 0 ? text.Length : fragment) - cut - 1));
        }

        if (fragment >= 0)
        {
            url.Append('#').Append(AuditLog.RedactedText);
        }

        return url.ToString();
    }

    /// <summary>Appends <c>name=[REDACTED]</c> for each <c>&amp;</c>-separated part; a part without a name is masked whole.</summary>
    private static void AppendMaskedQuery(StringBuilder url, string query)
    {
        string[] parts = query.Split('&');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                url.Append('&');
            }

            string part = parts[i];
            int equals = part.IndexOf('=');
            if (equals > 0)
            {
                url.Append(part, 0, equals).Append('=').Append(AuditLog.RedactedText);
            }
            else if (part.Length > 0)
            {
                url.Append(AuditLog.RedactedText);
            }
        }
    }

    /// <summary>Removes a <c>user:pass@</c> from the start of the authority: after <c>scheme://</c>, after a leading
    /// <c>//</c>, or at the start of text whose first segment holds an '@' (<c>admin:pw@db.internal/app</c>).</summary>
    private static string DropUserInfo(string head)
    {
        int colon = SchemeEnd(head);
        int start = colon > 0 && IsDoubleSlash(head, colon + 1) ? colon + 3 : IsDoubleSlash(head, 0) ? 2 : 0;
        int end = head.IndexOfAny(['/', '\\'], start);
        if (end < 0)
        {
            end = head.Length;
        }

        int at = end > start ? head.LastIndexOf('@', end - 1, end - start) : -1;
        return at < 0 ? head : head.Substring(0, start) + head.Substring(at + 1);
    }

    private static bool HasAuthority(string original) => IsDoubleSlash(original, SchemeEnd(original) + 1);

    private static bool IsDoubleSlash(string text, int index) =>
        index + 1 < text.Length && text[index] is '/' or '\\' && text[index + 1] is '/' or '\\';

    /// <summary>The index of the ':' that ends an RFC 3986 scheme (<c>ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")</c>) at the
    /// start of the text, ignoring leading white space; 0 when the text has no scheme.</summary>
    private static int SchemeEnd(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= text.Length || !IsAsciiLetter(text[start]))
        {
            return 0;
        }

        int i = start + 1;
        while (i < text.Length && (IsAsciiLetter(text[i]) || text[i] is (>= '0' and <= '9') or '+' or '-' or '.'))
        {
            i++;
        }

        return i < text.Length && text[i] == ':' ? i : 0;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
