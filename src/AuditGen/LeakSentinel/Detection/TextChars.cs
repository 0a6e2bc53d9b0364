namespace AuditGen.LeakSentinel.Detection;

/// <summary>The ASCII character classes the detectors read tokens with; ASCII only, because every format they look for
/// is ASCII and <see cref="char.IsLetterOrDigit(char)"/> would let other scripts extend a token.</summary>
internal static class TextChars
{
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAlnum(char c) => IsLetter(c) || IsDigit(c);

    public static bool IsUpperOrDigit(char c) => (uint)(c - 'A') <= 'Z' - 'A' || IsDigit(c);

    /// <summary>The base64url alphabet of JWT segments and of most API keys.</summary>
    public static bool IsBase64Url(char c) => IsAlnum(c) || c is '-' or '_';

    /// <summary>RFC 7235's token68: what follows <c>Bearer</c>.</summary>
    public static bool IsToken68(char c) => IsAlnum(c) || c is '-' or '.' or '_' or '~' or '+' or '/';

    /// <summary>Characters of a key in <c>key=value</c>: <c>api_key</c>, <c>X-Api-Key</c>, <c>spring.datasource.password</c>.</summary>
    public static bool IsKeyChar(char c) => IsAlnum(c) || c is '_' or '-' or '.';

    /// <summary>The end of the run of characters of one class starting at <paramref name="start"/>.</summary>
    public static int RunEnd(string text, int start, System.Func<char, bool> inRun)
    {
        int end = start;
        while (end < text.Length && inRun(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether a token starting at <paramref name="start"/> starts a word: no token character before it, so
    /// that <c>ghp_…</c> inside a longer base64 run is not taken for a GitHub token.</summary>
    public static bool StartsWord(string text, int start) => start == 0 || !IsBase64Url(text[start - 1]);

    /// <summary>Whether the text has <paramref name="value"/> at <paramref name="index"/>, compared ordinally.</summary>
    public static bool HasAt(string text, int index, string value)
    {
        // A loop, not string.CompareOrdinal: most calls fail at the first character, and CompareOrdinal's argument checks
        // cost more than that comparison.
        if (index < 0 || index + value.Length > text.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (text[index + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }
}
