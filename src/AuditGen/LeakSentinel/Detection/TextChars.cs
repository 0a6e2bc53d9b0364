using System.Runtime.CompilerServices;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>The ASCII character classes the detectors read tokens with; ASCII only, because every format they look for
/// is ASCII and <see cref="char.IsLetterOrDigit(char)"/> would let other scripts extend a token. Each class is a 128-bit
/// mask, one test per character: the scan calls them for every character around every stop (profiled: as separate
/// calls they were a tenth of the scan).</summary>
internal static class TextChars
{
    private const ulong DigitsLow = 0x03FF_0000_0000_0000; // '0'..'9' are 48..57
    private const ulong LettersHigh = 0x07FF_FFFE_07FF_FFFE; // 'A'..'Z' are 65..90, 'a'..'z' 97..122
    private const ulong UpperHigh = 0x0000_0000_07FF_FFFE;
    private const ulong UnderscoreHigh = 1UL << ('_' - 64);
    private const ulong TildeHigh = 1UL << ('~' - 64);
    private const ulong HyphenLow = 1UL << '-';
    private const ulong DotLow = 1UL << '.';
    private const ulong PlusSlashLow = (1UL << '+') | (1UL << '/');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => In(c, 0, LettersHigh);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAlnum(char c) => In(c, DigitsLow, LettersHigh);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpperOrDigit(char c) => In(c, DigitsLow, UpperHigh);

    /// <summary>The base64url alphabet of JWT segments and of most API keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBase64Url(char c) => In(c, DigitsLow | HyphenLow, LettersHigh | UnderscoreHigh);

    /// <summary>RFC 7235's token68: what follows <c>Bearer</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsToken68(char c) => In(c, DigitsLow | HyphenLow | DotLow | PlusSlashLow, LettersHigh | UnderscoreHigh | TildeHigh);

    /// <summary>Characters of a key in <c>key=value</c>: <c>api_key</c>, <c>X-Api-Key</c>, <c>spring.datasource.password</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKeyChar(char c) => In(c, DigitsLow | HyphenLow | DotLow, LettersHigh | UnderscoreHigh);

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool In(char c, ulong low, ulong high) =>
        c < 64 ? (low & (1UL << c)) != 0 : c < 128 && (high & (1UL << (c - 64))) != 0;
}
