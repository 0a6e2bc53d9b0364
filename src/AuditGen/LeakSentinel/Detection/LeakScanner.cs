using System;
using System.Collections.Generic;
using System.Text;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// Finds secret-shaped substrings in a text and masks them. Every supported shape contains one of eight characters, so
/// the text is read by two vectorised searches: <c>= : - _ J</c> (pairs, vendor prefixes, PEM blocks, JWTs) and
/// <c>A B b</c> (AWS and Google keys, <c>Bearer</c>). An <c>IndexOfAny</c> of up to five characters has its own
/// vectorised path with no set-up per call — one of seven characters built a lookup on every call, 85 ns a stop — so a
/// clean text costs the two passes and a few comparisons at each stop, and allocates nothing.
/// </summary>
internal static class LeakScanner
{
    private static readonly Anchors Structural = new(['=', ':', '-', '_', 'J']);
    private static readonly Anchors Lettered = new(['A', 'B', 'b']);

    /// <summary>The secret-shaped spans of <paramref name="text"/>, unordered and possibly overlapping; null when clean.</summary>
    /// <param name="text">The text.</param>
    /// <param name="template">Whether the text is a message template, whose placeholders name values rather than hold them.</param>
    public static List<LeakFinding>? Scan(string text, bool template = false)
    {
        List<LeakFinding>? findings = null;
        for (int at = Next(text, 0, Structural); at >= 0; at = Next(text, Math.Max(AtStructural(text, at, template, ref findings), at + 1), Structural))
        {
        }

        for (int at = Next(text, 0, Lettered); at >= 0; at = Next(text, Math.Max(AtLettered(text, at, ref findings), at + 1), Lettered))
        {
        }

        return findings;
    }

    private static int AtStructural(string text, int at, bool template, ref List<LeakFinding>? findings) => text[at] switch
    {
        '=' or ':' => SecretPairs.At(text, at, template, ref findings),
        '_' => TokenShapes.PrefixedAt(text, at, TokenPrefixes.Underscore, ref findings),
        'J' => TokenShapes.JwtAt(text, at, ref findings),
        _ when at + 1 < text.Length && text[at + 1] == '-' => TokenShapes.PemAt(text, at, ref findings),
        _ => TokenShapes.PrefixedAt(text, at, TokenPrefixes.Hyphen, ref findings),
    };

    private static int AtLettered(string text, int at, ref List<LeakFinding>? findings) =>
        text[at] == 'A' ? TokenShapes.AmazonOrGoogleKeyAt(text, at, ref findings) : TokenShapes.BearerAt(text, at, ref findings);

    /// <summary>The next anchor at or after <paramref name="from"/>. The next few characters are looked at one by one
    /// first: in dense text (JSON puts a <c>:</c> or a <c>-</c> every few characters) that is cheaper than restarting
    /// the vectorised search, whose set-up costs about as much as 16 characters; only past them is it started again.</summary>
    private static int Next(string text, int from, Anchors anchors)
    {
        int near = Math.Min(text.Length, from + 16);
        for (int i = from; i < near; i++)
        {
            if (anchors.Contains(text[i]))
            {
                return i;
            }
        }

        if (near >= text.Length)
        {
            return -1;
        }

        int found = text.AsSpan(near).IndexOfAny(anchors.Chars);
        return found < 0 ? -1 : near + found;
    }

    /// <summary>A set of ASCII anchor characters: as an array for the vectorised search, as a bit mask for one character.</summary>
    private sealed class Anchors
    {
        private readonly ulong _low;
        private readonly ulong _high;

        public Anchors(char[] chars)
        {
            Chars = chars;
            foreach (char c in chars)
            {
                _low |= c < 64 ? 1UL << c : 0;
                _high |= c is >= (char)64 and < (char)128 ? 1UL << (c - 64) : 0;
            }
        }

        public char[] Chars { get; }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Contains(char c) => c < 64 ? (_low & (1UL << c)) != 0 : c < 128 && (_high & (1UL << (c - 64))) != 0;
    }

    /// <summary>The text with every finding replaced by its mask (<c>[REDACTED:kind]</c>); overlapping findings are merged
    /// and keep the kind of the one that starts first and is longest, a shape's over a key's on the same span.
    /// Template placeholders are left as they are.</summary>
    public static string Mask(string text, List<LeakFinding> findings)
    {
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.ByName.CompareTo(b.ByName));
        var masked = new StringBuilder(text.Length);
        int done = 0;
        foreach (LeakFinding finding in findings)
        {
            if (finding.Placeholder is not null)
            {
                continue;
            }

            if (finding.Start < done)
            {
                if (finding.End > done)
                {
                    done = finding.End; // overlaps the previous mask: widen it
                }

                continue;
            }

            masked.Append(text, done, finding.Start - done).Append(LeakKinds.Mask(finding.Kind));
            done = finding.End;
        }

        return masked.Append(text, done, text.Length - done).ToString();
    }

    /// <summary>The text with its secrets masked, or the text itself when it is clean.</summary>
    public static string Mask(string text)
    {
        List<LeakFinding>? findings = Scan(text);
        return findings is null ? text : Mask(text, findings);
    }
}
