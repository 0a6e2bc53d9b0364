using System;

namespace AuditGen.Runtime;

/// <summary>
/// What a keyed-hash key and its id must be. A pseudonym is only as strong as its key: with a guessable key, anyone who
/// reads the logs can hash candidate emails or addresses and match them, so weak keys are refused when they are set,
/// not discovered after the logs have shipped.
/// </summary>
internal static class RedactionKeyRules
{
    /// <summary>The shortest key accepted: the output size of SHA-256.</summary>
    public const int MinKeyLength = 32;

    /// <summary>The longest key id: it is written into every pseudonym.</summary>
    public const int MaxKeyIdLength = 16;

    private const string HowToMakeOne =
        " Generate one with System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), keep it in a secret store, and " +
        "pass the decoded bytes (Convert.FromBase64String), never the text of a passphrase.";

    /// <summary>Throws when <paramref name="key"/> or <paramref name="keyId"/> cannot be used.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyId">The key id.</param>
    /// <exception cref="ArgumentNullException">Either is null.</exception>
    /// <exception cref="ArgumentException">The key is short or weak, or the id is not 1–16 characters of [A-Za-z0-9_-].</exception>
    public static void Check(byte[] key, string keyId)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (keyId is null)
        {
            throw new ArgumentNullException(nameof(keyId));
        }

        if (key.Length < MinKeyLength)
        {
            throw new ArgumentException($"The keyed-hash key must be at least {MinKeyLength} random bytes; it has {key.Length}." + HowToMakeOne, nameof(key));
        }

        // Each test below rejects a random 32-byte key with a probability under 1e-9 (see KeyedHashTests), and catches a
        // class of keys that only look long: text read from a file (a trailing newline, a BOM, UTF-16), padding, counters.
        if (CountText(key) * 10 >= key.Length * 9 || IsUtf8Text(key))
        {
            throw new ArgumentException("The keyed-hash key is mostly printable text (a passphrase, a file's text or an encoded key?), which is far easier to guess than random bytes." + HowToMakeOne, nameof(key));
        }

        if (CountDistinct(key) < 16 || MostFrequentCount(key) * 4 > key.Length)
        {
            throw new ArgumentException("The keyed-hash key uses too few distinct byte values, or one value too often (padding, UTF-16 text), so it is not random." + HowToMakeOne, nameof(key));
        }

        if (CountDistinctSteps(key) < 16)
        {
            throw new ArgumentException("The keyed-hash key steps by too few distinct amounts (a counter such as 0, 1, 2…), so it is not random." + HowToMakeOne, nameof(key));
        }

        if (ShortestPeriod(key) is int period and > 0)
        {
            throw new ArgumentException($"The keyed-hash key repeats a pattern of {period} bytes, so it is not random." + HowToMakeOne, nameof(key));
        }

        if (!IsValidKeyId(keyId))
        {
            throw new ArgumentException($"The key id must be 1 to {MaxKeyIdLength} characters of A-Z, a-z, 0-9, '_' or '-'; it is written into every pseudonym so that keys can be rotated.", nameof(keyId));
        }
    }

    private static bool IsValidKeyId(string keyId)
    {
        if (keyId.Length is 0 or > MaxKeyIdLength)
        {
            return false;
        }

        foreach (char c in keyId)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Printable ASCII and the whitespace a text file adds.
    private static int CountText(byte[] key)
    {
        int text = 0;
        foreach (byte b in key)
        {
            if (b is >= 0x20 and <= 0x7E or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                text++;
            }
        }

        return text;
    }

    // A passphrase in any script: the whole key is valid UTF-8 with non-ASCII characters (32 random bytes are valid
    // UTF-8 with a probability near 1e-10).
    private static bool IsUtf8Text(byte[] key)
    {
        try
        {
            string text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(key);
            int readable = 0;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsSurrogate(c))
                {
                    readable++;
                }
            }

            return readable * 10 >= text.Length * 9;
        }
        catch (ArgumentException)
        {
            return false; // not UTF-8: not text
        }
    }

    private static int MostFrequentCount(byte[] key)
    {
        var counts = new int[256];
        int most = 0;
        foreach (byte b in key)
        {
            most = Math.Max(most, ++counts[b]);
        }

        return most;
    }

    // The differences between neighbouring bytes: a counter or a mirrored counter has one or two.
    private static int CountDistinctSteps(byte[] key)
    {
        var seen = new bool[256];
        int distinct = 0;
        for (int i = 1; i < key.Length; i++)
        {
            int step = (key[i] - key[i - 1]) & 0xFF;
            if (!seen[step])
            {
                seen[step] = true;
                distinct++;
            }
        }

        return distinct;
    }

    private static int CountDistinct(byte[] key)
    {
        var seen = new bool[256];
        int distinct = 0;
        foreach (byte b in key)
        {
            if (!seen[b])
            {
                seen[b] = true;
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>The smallest period of at most 16 bytes that the whole key repeats, or 0 when there is none.</summary>
    private static int ShortestPeriod(byte[] key)
    {
        for (int period = 1; period <= 16; period++)
        {
            bool repeats = true;
            for (int i = period; i < key.Length && repeats; i++)
            {
                repeats = key[i] == key[i - period];
            }

            if (repeats)
            {
                return period;
            }
        }

        return 0;
    }
}
