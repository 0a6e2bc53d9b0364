using System;
using System.Runtime.CompilerServices;
using System.Threading;
using AuditGen.Generators.Sensitivity;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// Judges keys — of <c>key=value</c> pairs in text, and of the structured values of a record — with the generator's own
/// name vocabulary (<see cref="NameRules"/>, compiled into the runtime), so that a key is a secret at run time exactly
/// when a parameter of that name is one at compile time. Judging a name splits it into words and allocates, so verdicts
/// are kept in two fixed-size, direct-mapped tables: one by the key string's identity (record keys and placeholder names
/// are the same string objects on every call) and one by content (keys read out of text). A clean record whose keys
/// have been seen before therefore allocates nothing; a table slot that two keys share simply holds the later one.
/// </summary>
internal static class KeyVerdicts
{
    private const int Slots = 2048; // a power of two
    private const int MaxKeyLength = 64;

    private static readonly Entry?[] s_byIdentity = new Entry?[Slots];
    private static readonly Entry?[] s_byContent = new Entry?[Slots];

    /// <summary>The verdict on a record's key.</summary>
    public static KeyVerdict Judge(string key)
    {
        int slot = RuntimeHelpers.GetHashCode(key) & (Slots - 1);
        Entry? entry = Volatile.Read(ref s_byIdentity[slot]);
        if (entry is not null && ReferenceEquals(entry.Key, key))
        {
            return entry.Verdict;
        }

        KeyVerdict verdict = key.Length > MaxKeyLength ? KeyVerdict.NotSecret : Judge(key, 0, key.Length);
        Volatile.Write(ref s_byIdentity[slot], new Entry(key, verdict));
        return verdict;
    }

    /// <summary>The verdict on the key <c>text[start..start+length]</c>; allocates only the first time a key is seen.</summary>
    public static KeyVerdict Judge(string text, int start, int length)
    {
        int slot = ContentHash(text, start, length) & (Slots - 1);
        Entry? entry = Volatile.Read(ref s_byContent[slot]);
        if (entry is not null && entry.Key.Length == length && TextChars.HasAt(text, start, entry.Key))
        {
            return entry.Verdict;
        }

        string key = start == 0 && length == text.Length ? text : text.Substring(start, length);
        KeyVerdict verdict = Classify(key);
        Volatile.Write(ref s_byContent[slot], new Entry(key, verdict));
        return verdict;
    }

    private static KeyVerdict Classify(string key)
    {
        try
        {
            NameVerdict verdict = NameRules.Classify(key);
            bool needsQualifier = NameRules.IsBareContextWord(key);
            if (!verdict.IsSecret)
            {
                return needsQualifier ? KeyVerdict.BareContextWord : KeyVerdict.NotSecret;
            }

            bool holdsLine = verdict.Label is NameVocabulary.Authorization or NameVocabulary.Cookie;
            return new KeyVerdict(true, LeakKinds.FromLabel(verdict.Label), NameRules.IsCount(key), holdsLine, needsQualifier);
        }
        catch (Exception)
        {
            return new KeyVerdict(true, LeakKinds.FromLabel(null), false, false); // fail closed, as KeyJudge does
        }
    }

    private static int ContentHash(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private sealed class Entry(string key, KeyVerdict verdict)
    {
        public string Key { get; } = key;

        public KeyVerdict Verdict { get; } = verdict;
    }
}
