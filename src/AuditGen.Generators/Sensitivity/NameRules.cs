using System.Collections.Generic;
using static AuditGen.Generators.Sensitivity.NameVocabulary;

namespace AuditGen.Generators.Sensitivity;

/// <summary>
/// Judges a name (parameter, member, key or placeholder) by what its words mean, in this order (docs/redaction.md):
/// <list type="number">
/// <item>A first word such as <c>is</c>/<c>has</c> makes a yes/no fact: not sensitive.</item>
/// <item>The last credential term decides: a credential word (<c>password</c>, <c>token</c>), a credential pair
/// (<c>card no</c>, <c>license key</c>), or a context word (<c>code</c>, <c>key</c>, <c>pass</c>, <c>auth</c>, <c>sig</c>)
/// that is alone, first before a holding word, or after one of its qualifiers (<c>twoFactorCode</c>; not <c>statusCode</c>,
/// not <c>cacheKey</c>).</item>
/// <item>After that term, the name's last word decides: a describing word (<c>type</c>, <c>length</c>, <c>expiry</c>,
/// <c>algorithm</c>…) means the name describes the credential: not sensitive. Any other word — a holding word
/// (<c>header</c>, <c>url</c>, <c>value</c>, <c>hash</c>…) or an unknown one — leaves it a credential (fail closed).</item>
/// <item>Otherwise the same with personal identifiers (<c>email</c>, <c>ipAddress</c>, <c>userId</c>).</item>
/// </list>
/// Errs towards "sensitive": a false positive costs a masked value, a false negative a leaked credential.
/// </summary>
internal static class NameRules
{
    public static NameVerdict Classify(string name)
    {
        List<string> words = NameWords.Split(name);
        if (words.Count == 0 || (words.Count > 1 && BooleanPrefixes.Contains(words[0])))
        {
            return NameVerdict.None;
        }

        if (LastTermEnd(words, SecretTerm, out string? secret) is int end and >= 0)
        {
            return end == words.Count - 1 || !Describes(words[words.Count - 1]) ? NameVerdict.Secret(secret!) : NameVerdict.None;
        }

        if (LastTermEnd(words, PersonalTerm, out string? personal) is int personalEnd and >= 0)
        {
            return personalEnd == words.Count - 1 || !Describes(words[words.Count - 1]) ? NameVerdict.Personal(personal!) : NameVerdict.None;
        }

        return NameVerdict.None;
    }

    /// <summary>Whether a type's name says its instances are credentials: its last word completes a credential term
    /// (<c>ApiToken</c>, <c>Credentials</c>, <c>ClientSecret</c>; not <c>PasswordResetRequest</c>).</summary>
    public static bool NamesCredentialType(string typeName)
    {
        List<string> words = NameWords.Split(typeName);
        return words.Count > 0 && LastTermEnd(words, SecretTerm, out _) == words.Count - 1;
    }

    /// <summary>Whether the name ends with a word that holds a URL (<c>returnUrl</c>, <c>callbackUri</c>).</summary>
    public static bool IsUrlName(string name)
    {
        List<string> words = NameWords.Split(name);
        return words.Count > 0 && UrlWords.Contains(words[words.Count - 1]);
    }

    /// <summary>Whether any word of the name describes rather than holds a value ("KeyName", "TokenStatus", "Count").</summary>
    public static bool HasDescribingWord(string name) => NameWords.Split(name).Exists(Describes);

    /// <summary>The kind of the last credential term in the name, whatever follows it ("tokenType" → "a token").</summary>
    public static string? LastSecretTerm(string name)
    {
        LastTermEnd(NameWords.Split(name), SecretTerm, out string? label);
        return label;
    }

    /// <summary>What credential the text ends with, word for word ("Sent OTP " → "a one-time code"). A context word
    /// counts only with its qualifier: "Error code " ends with no credential, "Reset code " does.</summary>
    public static string? TrailingSecret(string text)
    {
        List<string> words = NameWords.Split(text.Length > 60 ? text.Substring(text.Length - 60) : text);
        int last = words.Count - 1;
        if (last < 0)
        {
            return null;
        }

        return Lookup(SecretWords, words[last])
            ?? (last > 0 ? Lookup(SecretPairs, words[last - 1] + " " + words[last]) : null)
            ?? (last > 0 && IsQualifiedContextWord(words, last) ? Lookup(ContextWords, words[last]) : null);
    }

    private static bool Describes(string word) => DescribingWords.Contains(word) || DescribingWords.Contains(Singular(word));

    private delegate string? Term(List<string> words, int index);

    /// <summary>The index of the last word that completes a term, or -1.</summary>
    private static int LastTermEnd(List<string> words, Term term, out string? label)
    {
        int last = -1;
        label = null;
        for (int i = 0; i < words.Count; i++)
        {
            if (term(words, i) is { } found)
            {
                (last, label) = (i, found);
            }
        }

        return last;
    }

    private static string? SecretTerm(List<string> words, int i)
    {
        if (Lookup(SecretWords, words[i]) is { } word)
        {
            return word;
        }

        if (i > 0 && Lookup(SecretPairs, words[i - 1] + " " + words[i]) is { } pair)
        {
            return pair;
        }

        return Lookup(ContextWords, words[i]) is { } context && CountsInContext(words, i) ? context : null;
    }

    private static string? PersonalTerm(List<string> words, int i) =>
        Lookup(PersonalWords, words[i]) ?? (i > 0 ? Lookup(PersonalPairs, words[i - 1] + " " + words[i]) : null);

    // "code" alone, "codeValue", "resetCode"; "key" alone, "keyBytes", "licenseKey" (not "cacheKey", "keyId").
    private static bool CountsInContext(List<string> words, int i)
    {
        if (i == 0)
        {
            return words.Count == 1 || HoldingWords.Contains(words[1]);
        }

        return IsQualifiedContextWord(words, i);
    }

    private static bool IsQualifiedContextWord(List<string> words, int i)
    {
        string previous = words[i - 1];
        return Singular(words[i]) switch
        {
            "code" => CodeQualifiers.Contains(previous),
            "key" => !LookupKeyQualifiers.Contains(previous) && !Describes(previous),
            "pass" => PassQualifiers.Contains(previous),
            _ => false,
        };
    }

    private static string? Lookup(Dictionary<string, string> table, string key) =>
        table.TryGetValue(key, out string? label) || table.TryGetValue(Singular(key), out label) ? label : null;

    private static string Singular(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's' ? word.Substring(0, word.Length - 1) : word;
}
