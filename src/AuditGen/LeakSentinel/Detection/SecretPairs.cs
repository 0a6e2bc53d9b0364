using System;
using System.Collections.Generic;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// <c>key=value</c> and <c>key: value</c> pairs whose key the shared vocabulary calls a credential — query strings
/// (<c>?token=…&amp;</c>), connection strings (<c>Password=…;</c>), JSON (<c>"api_key":"…"</c>), headers
/// (<c>Authorization: Basic …</c>) and prose (<c>Reset code: 493817</c>) — and the password of a URL's user info
/// (<c>postgres://app:…@db</c>). Entered at each <c>=</c> or <c>:</c>; returns where the scan goes on.
/// </summary>
internal static class SecretPairs
{
    private const int MaxKeyLength = 64;
    private const int MaxWordLength = 32;

    /// <summary>The pair whose separator is at <paramref name="separator"/>. In a message template a value that is a
    /// placeholder (<c>token={Value}</c>) is reported by name rather than masked.</summary>
    public static int At(string text, int separator, bool template, ref List<LeakFinding>? findings)
    {
        char mark = text[separator];
        int next = separator + 1;
        if (next < text.Length && (text[next] == mark || (mark == ':' && text[next] == '/')))
        {
            // "==", "::" and base64 padding are no pairs; "://" starts a URL's authority.
            return mark == ':' && text[next] == '/' ? UrlCredentialsAt(text, separator, ref findings) : next + 1;
        }

        // "key: value" and "Key = value" may have blanks after the separator; "key=value" may not, so that base64
        // padding before a space ("…StA= tenant") reads as no pair.
        int value = mark == ':' || (separator > 0 && text[separator - 1] == ' ') ? SkipBlanks(text, next) : next;
        if (value >= text.Length || IsValueEnd(text[value]) && text[value] is not ('"' or '\'') || IsMasked(text, value))
        {
            return next; // nothing after the separator, or already masked
        }

        if (!TryReadKey(text, separator, out int keyStart, out int keyEnd, out int qualifierStart)
            || (text[value] is '"' or '\'' && text[keyEnd] is not ('"' or '\'') && !StartsPair(text, keyStart)))
        {
            // No key; or a bare key before a quoted value that does not start a word, as logfmt's key="value" does:
            // that is the end of a quoted base64 string ("…kJR/PwDY=" then a quote).
            return next;
        }

        KeyVerdict verdict = KeyVerdicts.Judge(text, keyStart, keyEnd - keyStart);
        if (verdict.NeedsQualifier && qualifierStart >= 0)
        {
            verdict = KeyVerdicts.Judge(text, qualifierStart, keyEnd - qualifierStart);
        }
        if (!verdict.IsSecret)
        {
            return next; // the value may still hold a pair or a token: "url=https://x/?token=…"
        }

        if (template && text[value] == '{' && value + 1 < text.Length && text[value + 1] != '{')
        {
            int close = text.IndexOf('}', value);
            int nameEnd = close < 0 ? text.Length : close;
            int name = value + 1;
            int stop = name;
            while (stop < nameEnd && text[stop] is not (',' or ':'))
            {
                stop++; // {Value,10:x}: alignment and format are not part of the name
            }

            return TokenShapes.Found(ref findings, value, nameEnd, verdict.Kind, text.Substring(name, stop - name).Trim());
        }

        (int start, int end) = ReadValue(text, value, ValueEnd(text, keyStart, mark, verdict));
        if (end == start || IsMasked(text, start) || (verdict.IsCount && IsNumber(text, start, end)) || IsLiteral(text, start, end))
        {
            return end;
        }

        // The scan goes on inside the value: a pair nested there is found too, and a shape found there by the other
        // detectors (a JWT, a private key) is the more precise hint; where it runs on past the value's end (a PEM block's
        // spaces) its span is masked whole.
        TokenShapes.Found(ref findings, start, end, verdict.Kind, byName: true);
        return start;
    }

    /// <summary>The password in <c>scheme://user:password@host</c>; the user name stays, it says whose it was.</summary>
    private static int UrlCredentialsAt(string text, int colon, ref List<LeakFinding>? findings)
    {
        int authority = colon + 3;
        if (authority > text.Length || text[authority - 1] != '/')
        {
            return colon + 2;
        }

        int end = authority;
        while (end < text.Length && text[end] is not ('/' or '?' or '#' or '"' or '\'' or '<' or '>') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        int at = end > authority ? text.LastIndexOf('@', end - 1, end - authority) : -1;
        int password = at < 0 ? -1 : text.IndexOf(':', authority, at - authority);
        if (password < 0 || password + 1 == at || IsMasked(text, password + 1))
        {
            return authority;
        }

        TokenShapes.Found(ref findings, password + 1, at, LeakKinds.UrlCredentials);
        return at + 1;
    }

    /// <summary>Reads the key that ends before the separator: a quoted JSON key, or a run of key characters, and where
    /// the prose word before it starts (<c>Reset</c> of <c>Reset code</c>), or -1.</summary>
    private static bool TryReadKey(string text, int separator, out int start, out int end, out int qualifier)
    {
        qualifier = -1;
        end = separator;
        while (end > 0 && end > separator - 2 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && text[end - 1] is '"' or '\'')
        {
            char quote = text[end - 1];
            end--;
            start = end;
            while (start > 0 && end - start < MaxKeyLength && text[start - 1] != quote && (TextChars.IsKeyChar(text[start - 1]) || text[start - 1] == ' '))
            {
                start--;
            }

            return start > 0 && text[start - 1] == quote && start < end && TextChars.IsLetter(text[start]);
        }

        start = end;
        while (start > 0 && TextChars.IsKeyChar(text[start - 1]))
        {
            if (end - --start > MaxKeyLength)
            {
                return false; // a base64 run or a long identifier, not a key
            }
        }

        if (start == end || !TextChars.IsLetter(text[start]) || LooksEncoded(text, start, end))
        {
            return false; // "12:30", "T09:15": times, not keys; "PwQlnISRZGuPe9GR": base64, not a key
        }

        int word = start - 1;
        if (word > 0 && text[word] == ' ' && TextChars.IsLetter(text[word - 1]))
        {
            int wordStart = word;
            while (wordStart > 0 && TextChars.IsLetter(text[wordStart - 1]) && word - wordStart < MaxWordLength)
            {
                wordStart--;
            }

            if (wordStart == 0 || text[wordStart - 1] is ' ' or '\t' or '(' or '[' or '"' or '\'' or '\n')
            {
                qualifier = wordStart;
            }
        }

        return true;
    }

    /// <summary>What ends the value, from where the pair stands: after <c>;</c> it is a connection string's, which ends
    /// only at the next <c>;</c> (a password may hold <c>&amp;</c>, <c>,</c> or a space); after <c>?</c>, <c>&amp;</c> or
    /// <c>#</c> a query's; a header's authorization or cookie value is the rest of its line; else white space or
    /// punctuation ends it.</summary>
    private static Func<char, bool> ValueEnd(string text, int keyStart, char mark, KeyVerdict verdict)
    {
        char before = keyStart > 0 ? text[keyStart - 1] : '\0';
        return before == ';' && mark == '=' ? IsSettingEnd
            : before is '?' or '&' or '#' ? IsQueryEnd
            : mark == ':' && verdict.HoldsLine ? IsLineEnd
            : IsValueEnd;
    }

    /// <summary>The value starting at <paramref name="start"/>: a quoted string (escapes honoured), or a run up to the
    /// first character that <paramref name="ends"/> it.</summary>
    private static (int Start, int End) ReadValue(string text, int start, Func<char, bool> ends)
    {
        char first = text[start];
        if (first is '"' or '\'')
        {
            int end = start + 1;
            while (end < text.Length && text[end] != first && text[end] is not ('\n' or '\r'))
            {
                end += text[end] == '\\' ? 2 : 1;
            }

            return (start + 1, System.Math.Min(end, text.Length));
        }

        int stop = start;
        while (stop < text.Length && !ends(text[stop]))
        {
            stop++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        return (start, stop);
    }

    private static bool StartsPair(string text, int keyStart) =>
        keyStart == 0 || char.IsWhiteSpace(text[keyStart - 1]) || text[keyStart - 1] is ',' or ';' or '{' or '(' or '[' or '&' or '?';

    /// <summary>Whether a run reads as encoded data rather than a name: names switch between lower case, upper case and
    /// digits a few times (<c>passwordResetTokenExpiry</c>: 3), base64 every few characters.</summary>
    private static bool LooksEncoded(string text, int start, int end)
    {
        int switches = 0;
        for (int i = start + 1; i < end; i++)
        {
            char previous = text[i - 1], c = text[i];
            bool upperAfterLower = char.IsUpper(c) && char.IsLower(previous);
            bool digitEdge = TextChars.IsLetter(previous) && TextChars.IsDigit(c) || TextChars.IsDigit(previous) && TextChars.IsLetter(c);
            if ((upperAfterLower || digitEdge) && ++switches > 5)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValueEnd(char c) =>
        char.IsWhiteSpace(c) || c is ',' or ';' or '&' or '"' or '\'' or ')' or ']' or '}' or '<' or '>' or '|';

    private static bool IsQueryEnd(char c) => char.IsWhiteSpace(c) || c is '&' or '#' or '"' or '\'' or '<' or '>';

    private static bool IsSettingEnd(char c) => c is ';' or '"' or '\'' or '\n' or '\r';

    private static bool IsLineEnd(char c) => c is '\n' or '\r';

    private static int SkipBlanks(string text, int index)
    {
        int limit = index + 3;
        while (index < text.Length && index < limit && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    private static bool IsMasked(string text, int index) =>
        index < text.Length && (text[index] == '[' ? TextChars.HasAt(text, index, LeakKinds.MaskPrefix) : text[index] == '*' && TextChars.HasAt(text, index, "***"));

    private static bool IsNumber(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!TextChars.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // JSON's null, true and false hold nothing.
    private static bool IsLiteral(string text, int start, int end) =>
        (end - start is 4 or 5) && (TextChars.HasAt(text, start, "null") || TextChars.HasAt(text, start, "true") || TextChars.HasAt(text, start, "false"));
}
