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

        if (Array.TrueForAll(key, b => b >= 0x20 && b <= 0x7E))
        {
            throw new ArgumentException("The keyed-hash key is printable text (a passphrase or an encoded key?), which is far easier to guess than random bytes." + HowToMakeOne, nameof(key));
        }

        if (CountDistinct(key) < 16)
        {
            throw new ArgumentException("The keyed-hash key uses fewer than 16 distinct byte values, so it is not random." + HowToMakeOne, nameof(key));
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
