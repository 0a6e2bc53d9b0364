using System.Collections.Generic;
using System.Linq;
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
        List<string> words = Words(name);
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
        List<string> words = Words(typeName);
        while (words.Count > 1 && TypeSuffixes.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1); // TokenDto, ApiKeyInfo, CredentialsModel
        }

        return words.Count > 0 && LastTermEnd(words, SecretTerm, out _) == words.Count - 1;
    }

    /// <summary>Whether the name is a context word on its own (<c>Key</c>, <c>Code</c>, <c>Pass</c>): a credential as a
    /// parameter's name, but as a log placeholder too weak to call the value under it a secret — that value's own name
    /// or type decides.</summary>
    public static bool IsBareContextWord(string name)
    {
        List<string> words = Words(name);
        return words.Count == 1 && ContextWords.ContainsKey(Singular(words[0]));
    }

    /// <summary>Whether a number with this name counts credentials rather than holds one: its last word is a credential
    /// word in the plural (<c>maxTokens</c>, <c>promptTokens</c>, <c>failedPins</c>; not <c>pin</c>).</summary>
    public static bool IsCount(string name)
    {
        List<string> words = Words(name);
        string last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        string singular = Singular(last);
        return singular != last && (SecretWords.ContainsKey(singular) || ContextWords.ContainsKey(singular));
    }

    /// <summary>Whether the name ends with a word that holds a URL (<c>returnUrl</c>, <c>callbackUri</c>).</summary>
    public static bool IsUrlName(string name)
    {
        List<string> words = Words(name);
        int last = words.Count - 1;
        while (last > 0 && HoldingWords.Contains(words[last]) && !UrlWords.Contains(words[last]))
        {
            last--; // uriString, urlValue
        }

        return last >= 0 && UrlWords.Contains(words[last]);
    }

    /// <summary>Whether any word of the name describes rather than holds a value ("KeyName", "TokenStatus", "Count").</summary>
    public static bool HasDescribingWord(string name) => Words(name).Exists(Describes);

    /// <summary>The kind of the last credential term in the name, whatever follows it ("tokenType" → "a token").</summary>
    public static string? LastSecretTerm(string name)
    {
        LastTermEnd(Words(name), SecretTerm, out string? label);
        return label;
    }

    /// <summary>Whether the name ends with its credential term, or with words that hold it (<c>GetPassword</c>,
    /// <c>GenerateResetTokenAsync</c>, <c>ReadApiKeyBytes</c>; not <c>AssertionProviderLoadingFailureMessage</c>): what a
    /// method returns is named by the end of its name.</summary>
    public static bool EndsWithSecret(string name)
    {
        List<string> words = Words(name);
        int end = LastTermEnd(words, SecretTerm, out _);
        if (end < 0)
        {
            return false;
        }

        for (int i = end + 1; i < words.Count; i++)
        {
            if (!HoldingWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the name is the address of an endpoint that issues tokens or assertions (<c>tokenUrl</c>,
    /// <c>tokenExchangeUrl</c>, <c>signedAssertionUri</c>, <c>tokenEndpoint</c>): its last word is an address word and its
    /// credential word is <c>token</c> or <c>assertion</c>. Links that carry a token to a person (<c>resetTokenLink</c>,
    /// <c>confirmationTokenUrl</c>) and any other credential's address (<c>otpHref</c>) are not endpoints.</summary>
    public static bool IsIssuerEndpoint(string name)
    {
        List<string> words = Words(name);
        if (words.Count < 2 || !AddressWords.Contains(words[words.Count - 1]))
        {
            return false;
        }

        bool issued = false;
        foreach (string word in words)
        {
            if (PersonLinkWords.Contains(word) || (SecretWords.ContainsKey(word) && !IssuedWords.Contains(word)))
            {
                return false;
            }

            issued |= IssuedWords.Contains(word);
        }

        return issued;
    }

    /// <summary>Whether the only credential term in the name is the context word <c>key</c>, alone or after a word that
    /// is neither a lookup qualifier nor half of a credential pair (<c>key</c>, <c>taskKey</c>, <c>ownerKey</c>; not
    /// <c>apiKey</c>, <c>signingKey</c>, <c>keyPassword</c>). The generator treats such keys as secrets (it fails
    /// closed); the analyzers take them for lookup keys, which real code logs far more often than key material.</summary>
    public static bool IsUnpairedKey(string name)
    {
        List<string> words = Words(name);
        bool key = false;
        for (int i = 0; i < words.Count; i++)
        {
            if (SecretTerm(words, i) is null)
            {
                continue;
            }

            if (Singular(words[i]) != "key" || (i > 0 && Lookup(SecretPairs, words[i - 1] + " " + words[i]) is not null))
            {
                return false;
            }

            key = true;
        }

        return key;
    }

    /// <summary>What credential the text ends with, word for word ("Sent OTP " → "a one-time code"). A context word
    /// counts only with its qualifier: "Error code " ends with no credential, "Reset code " does.</summary>
    public static string? TrailingSecret(string text)
    {
        List<string> words = Words(text.Length > 60 ? text.Substring(text.Length - 60) : text);
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
            // nextPageToken, ledPin, methodSignature: the word before says it is something else.
            return i > 0 && NotCredentialAfter.TryGetValue(Singular(words[i]), out HashSet<string>? others) && others.Contains(words[i - 1]) ? null : word;
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
            "key" => !LookupKeyQualifiers.Contains(previous),
            "pass" => PassQualifiers.Contains(previous),
            "auth" => AuthQualifiers.Contains(previous),
            "pan" => PanQualifiers.Contains(previous),
            _ => false,
        };
    }

    // Words a type name may end with that say nothing about what the type holds.
    private static readonly HashSet<string> TypeSuffixes = new(System.StringComparer.Ordinal)
    {
        "dto", "model", "info", "data", "entity", "vm", "view", "object", "record", "details", "payload", "value", "values", "options", "settings", "config",
    };

    // Names and message texts repeat across log calls and methods: their words are split once. Bounded, because an IDE
    // session sees ever new text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> WordCache = new(System.StringComparer.Ordinal);

    private static List<string> Words(string name)
    {
        if (!WordCache.TryGetValue(name, out string[]? words))
        {
            words = [.. SplitWords(name)];
            if (WordCache.Count > 100_000)
            {
                WordCache.Clear();
            }

            WordCache[name] = words;
        }

        return new List<string>(words);
    }

    /// <summary>The name's words, with two repairs: a number says nothing (<c>key1</c>, <c>password2</c>), and a word
    /// that is not in any table but joins two table words, or ends with a credential word, is split
    /// (<c>newpassword</c>, <c>DBPASSWORD</c>, <c>sessionid</c>, <c>passwordhash</c>, <c>returnurl</c>).</summary>
    private static List<string> SplitWords(string name)
    {
        List<string> split = NameWords.Split(name);
        var words = new List<string>(split.Count + 1);
        foreach (string word in split)
        {
            if (IsNumber(word))
            {
                // A number is part of a table word (base64, cvv2, b58) or says nothing (key1, password2).
                if (words.Count > 0 && IsKnown(words[words.Count - 1] + word))
                {
                    words[words.Count - 1] += word;
                }

                continue;
            }

            if (word.Length >= 4 && !IsKnown(word) && SplitCompound(word) is { } parts)
            {
                words.Add(parts.Head);
                words.Add(parts.Tail);
            }
            else
            {
                words.Add(word);
            }
        }

        // KeyValuePair names a type, not key material.
        int pair = words.Count >= 3 ? words.IndexOf("key") : -1;
        if (pair >= 0 && pair + 2 < words.Count && words[pair + 1] == "value" && Singular(words[pair + 2]) == "pair")
        {
            words.RemoveRange(pair, 3);
            words.Insert(pair, "keyvaluepair");
        }

        return words.Count > 0 ? words : split;
    }

    private static (string Head, string Tail)? SplitCompound(string word)
    {
        // Shortest head first: "resettoken" is reset + token, "dbpassword" db + password, "passwordhash" password + hash.
        for (int i = 1; i < word.Length - 1; i++)
        {
            string head = word.Substring(0, i);
            string tail = word.Substring(i);
            // An unknown head splits off only a distinctive credential word: "resettoken", but not "enclave" (clave) or
            // "pallbearer" (bearer); two table words always split ("dbpass", "adminpw", "sessionid").
            bool distinctiveTail = (DistinctiveTails.Contains(tail) || UrlWords.Contains(tail)) && head.Length >= 2;
            if (distinctiveTail || (IsKnown(head) && IsKnown(tail) && head.Length >= 2 && tail.Length >= 2))
            {
                return (head, tail);
            }
        }

        return null;
    }

    private static bool IsKnown(string word) =>
        SecretWords.ContainsKey(word) || ContextWords.ContainsKey(word) || HoldingWords.Contains(word) || DescribingWords.Contains(word)
        || PersonalWords.ContainsKey(word) || UrlWords.Contains(word) || PairWords.Contains(word) || PassQualifiers.Contains(word)
        || CodeQualifiers.Contains(word) || LookupKeyQualifiers.Contains(word) || AuthQualifiers.Contains(word);

    // Credential words long and distinctive enough to split off any head: "newpassword", "authtoken", "dbsecret".
    private static readonly HashSet<string> DistinctiveTails = new(System.StringComparer.Ordinal)
    {
        "password", "passwd", "passphrase", "passcode", "secret", "token", "apikey", "credential", "credentials",
        "accesstoken", "refreshtoken", "privatekey", "signingkey", "clientsecret", "connectionstring",
    };

    // Every word that is half of a pair ("session" of "session id", "zip" of "zip code").
    private static readonly HashSet<string> PairWords = new(
        SecretPairs.Keys.Concat(PersonalPairs.Keys).SelectMany(pair => pair.Split(' ')),
        System.StringComparer.Ordinal);

    private static bool IsNumber(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static string? Lookup(Dictionary<string, string> table, string key) =>
        table.TryGetValue(key, out string? label) || table.TryGetValue(Singular(key), out label) ? label : null;

    private static string Singular(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's' ? word.Substring(0, word.Length - 1) : word;
}
