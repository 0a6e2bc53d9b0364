using System;
using System.Collections.Generic;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// Credentials recognised by their shape alone, each entered from a character the scan stops at: a JWT from the
/// <c>J</c> of <c>eyJ</c>, AWS and Google keys from their leading <c>A</c>, vendor tokens from their prefix's <c>_</c> or
/// <c>-</c>, a PEM private key from its dashes. Each method returns where the scan goes on.
/// </summary>
internal static class TokenShapes
{
    private const string PemBegin = "-----BEGIN ";
    private const string PemDashes = "-----";

    /// <summary>A JWS or JWE: <c>eyJ…</c> (base64url of <c>{"</c>), a dot, a second segment, then any further segments.</summary>
    public static int JwtAt(string text, int j, ref List<LeakFinding>? findings)
    {
        int start = j - 2;
        if (start < 0 || text[start] != 'e' || text[start + 1] != 'y' || !TextChars.StartsWord(text, start))
        {
            return j + 1;
        }

        int header = TextChars.RunEnd(text, start, TextChars.IsBase64Url);
        if (header - start < 8 || header >= text.Length || text[header] != '.')
        {
            return header;
        }

        int payload = TextChars.RunEnd(text, header + 1, TextChars.IsBase64Url);
        if (payload - header - 1 < 5)
        {
            return payload;
        }

        int end = payload;
        while (end < text.Length && text[end] == '.')
        {
            end = TextChars.RunEnd(text, end + 1, TextChars.IsBase64Url); // signature; a JWE has five segments
        }

        return Found(ref findings, start, end, LeakKinds.Jwt);
    }

    /// <summary>An AWS access key id (<c>AKIA</c>, <c>ASIA</c> or <c>ABIA</c> and exactly 16 upper-case letters or
    /// digits) or a Google API key (<c>AIza</c> and 35 base64url characters), entered at the leading <c>A</c>.</summary>
    public static int AmazonOrGoogleKeyAt(string text, int start, ref List<LeakFinding>? findings)
    {
        if (start + 20 > text.Length || !TextChars.StartsWord(text, start))
        {
            return start + 1;
        }

        if (text[start + 1] == 'I' && text[start + 2] == 'z' && text[start + 3] == 'a')
        {
            int key = TextChars.RunEnd(text, start + 4, TextChars.IsBase64Url);
            return key - start >= 39 ? Found(ref findings, start, key, LeakKinds.GoogleApiKey) : key;
        }

        if (text[start + 1] is not ('K' or 'S' or 'B') || text[start + 2] != 'I' || text[start + 3] != 'A')
        {
            return start + 1;
        }

        int end = TextChars.RunEnd(text, start + 4, TextChars.IsUpperOrDigit);
        bool wordEnds = end == text.Length || !TextChars.IsBase64Url(text[end]);
        return end - start == 20 && wordEnds ? Found(ref findings, start, end, LeakKinds.AwsAccessKey) : end;
    }

    /// <summary>A vendor token whose prefix ends at <paramref name="separator"/> (an underscore or a hyphen).</summary>
    public static int PrefixedAt(string text, int separator, TokenPrefix[] prefixes, ref List<LeakFinding>? findings)
    {
        // UUIDs, dates and snake_case put a separator every few characters: most are rejected here, by the letter
        // before them, which ends no vendor prefix.
        if (separator == 0 || !EndsSomePrefix(text[separator - 1], prefixes))
        {
            return separator + 1;
        }

        foreach (TokenPrefix candidate in prefixes)
        {
            int start = separator - candidate.Prefix.Length + 1;
            if (start >= 0 && text[start] == candidate.Prefix[0] && TextChars.HasAt(text, start, candidate.Prefix) && TextChars.StartsWord(text, start))
            {
                int end = TextChars.RunEnd(text, separator + 1, candidate.BodyChar);
                return end - separator - 1 >= candidate.MinBody ? Found(ref findings, start, end, candidate.Kind) : end;
            }
        }

        return separator + 1;
    }

    /// <summary>A PEM private key block, <c>-----BEGIN … PRIVATE KEY-----</c> to its END line, or to the end of the text
    /// when a truncated log line lost it. Certificates and public keys are not secrets and are left alone.</summary>
    public static int PemAt(string text, int dash, ref List<LeakFinding>? findings)
    {
        if (!TextChars.HasAt(text, dash, PemBegin))
        {
            return dash + 1;
        }

        int labelEnd = text.IndexOf(PemDashes, dash + PemBegin.Length, StringComparison.Ordinal);
        if (labelEnd < 0 || text.IndexOf("PRIVATE KEY", dash + PemBegin.Length, labelEnd - dash - PemBegin.Length, StringComparison.Ordinal) < 0)
        {
            return labelEnd < 0 ? text.Length : labelEnd + PemDashes.Length;
        }

        int endLine = text.IndexOf(PemDashes + "END ", labelEnd + PemDashes.Length, StringComparison.Ordinal);
        int close = endLine < 0 ? -1 : text.IndexOf(PemDashes, endLine + PemDashes.Length + 4, StringComparison.Ordinal);
        return Found(ref findings, dash, close < 0 ? text.Length : close + PemDashes.Length, LeakKinds.PrivateKey);
    }

    /// <summary><c>Bearer &lt;token&gt;</c> in any case, entered at its <c>B</c>: the token is masked, the scheme kept. A
    /// token needs 16 characters and a digit or both cases, as random tokens have, so that prose ("Bearer authentication
    /// failed", "Bearer invalid_token_request") is left alone.</summary>
    public static int BearerAt(string text, int b, ref List<LeakFinding>? findings)
    {
        if (b + 6 >= text.Length || (b > 0 && TextChars.IsLetter(text[b - 1])) || !IsEarer(text, b + 1))
        {
            return b + 1;
        }

        int start = b + 6;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start == b + 6)
        {
            return start;
        }

        int end = TextChars.RunEnd(text, start, TextChars.IsToken68);
        end = TextChars.RunEnd(text, end, static c => c == '=');
        return end - start >= 16 && LooksRandom(text, start, end) ? Found(ref findings, start, end, LeakKinds.Bearer) : end;
    }

    private static bool IsEarer(string text, int index)
    {
        const string Earer = "earer";
        for (int i = 0; i < Earer.Length; i++)
        {
            if ((text[index + i] | 0x20) != Earer[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records a finding over [<paramref name="start"/>, <paramref name="end"/>) and returns its end.</summary>
    public static int Found(ref List<LeakFinding>? findings, int start, int end, string kind, string? placeholder = null, bool byName = false)
    {
        (findings ??= []).Add(new LeakFinding(start, end - start, kind, placeholder, byName));
        return end;
    }

    private static bool EndsSomePrefix(char letter, TokenPrefix[] prefixes)
    {
        foreach (TokenPrefix candidate in prefixes)
        {
            if (candidate.Prefix[candidate.Prefix.Length - 2] == letter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksRandom(string text, int start, int end)
    {
        bool upper = false, lower = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (TextChars.IsDigit(c))
            {
                return true;
            }

            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return upper && lower;
    }
}
