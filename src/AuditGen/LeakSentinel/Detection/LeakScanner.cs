using System.Collections.Generic;
using System.Text;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// Finds secret-shaped substrings in a text and masks them. The scan is one vectorised <see cref="string.IndexOfAny(char[])"/>
/// over the few characters every supported shape must contain (<c>= : - _ J z I</c>) plus one case-insensitive search
/// for <c>bearer</c>: a clean text costs those two passes and allocates nothing. Only at a stop does a detector look
/// around; most stops are rejected in a comparison or two.
/// </summary>
internal static class LeakScanner
{
    private static readonly char[] Anchors = ['=', ':', '-', '_', 'J', 'z', 'I'];

    /// <summary>The secret-shaped spans of <paramref name="text"/>, unordered and possibly overlapping; null when clean.</summary>
    /// <param name="text">The text.</param>
    /// <param name="template">Whether the text is a message template, whose placeholders name values rather than hold them.</param>
    public static List<LeakFinding>? Scan(string text, bool template = false)
    {
        List<LeakFinding>? findings = null;
        int at = text.IndexOfAny(Anchors);
        while (at >= 0)
        {
            int next = text[at] switch
            {
                '=' or ':' => SecretPairs.At(text, at, template, ref findings),
                '-' when at + 1 < text.Length && text[at + 1] == '-' => TokenShapes.PemAt(text, at, ref findings),
                '-' => TokenShapes.PrefixedAt(text, at, TokenPrefixes.Hyphen, ref findings),
                '_' => TokenShapes.PrefixedAt(text, at, TokenPrefixes.Underscore, ref findings),
                'J' => TokenShapes.JwtAt(text, at, ref findings),
                'z' => TokenShapes.GoogleKeyAt(text, at, ref findings),
                _ => TokenShapes.AwsKeyAt(text, at, ref findings),
            };
            at = next < text.Length ? text.IndexOfAny(Anchors, System.Math.Max(next, at + 1)) : -1;
        }

        TokenShapes.Bearers(text, ref findings);
        return findings;
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
