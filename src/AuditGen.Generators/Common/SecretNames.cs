using System;
using System.Collections.Generic;

namespace AuditGen.Generators.Common;

/// <summary>
/// Decides whether a name (parameter, member, key or placeholder) denotes a secret, and what kind. Errs towards
/// "secret": a false positive costs a masked value, a false negative costs a leaked credential.
/// </summary>
internal static class SecretNames
{
    private const string Password = "a password";
    private const string Token = "a token";
    private const string Secret = "a secret";
    private const string Key = "a key";
    private const string OneTimeCode = "a one-time code";
    private const string CardNumber = "a card number";
    private const string ConnectionString = "a connection string";

    private static readonly Dictionary<string, string> SecretWords = new(StringComparer.Ordinal)
    {
        ["password"] = Password, ["passwd"] = Password, ["pwd"] = Password, ["passphrase"] = Password, ["passcode"] = Password,
        ["token"] = Token, ["accesstoken"] = Token, ["refreshtoken"] = Token, ["sessiontoken"] = Token, ["idtoken"] = Token,
        ["apitoken"] = Token, ["bearer"] = Token, ["jwt"] = Token, ["xsrf"] = Token, ["csrf"] = Token,
        ["secret"] = Secret, ["clientsecret"] = Secret,
        ["apikey"] = "an API key", ["privatekey"] = Key, ["signingkey"] = Key,
        ["otp"] = OneTimeCode, ["totp"] = OneTimeCode, ["hotp"] = OneTimeCode, ["mfacode"] = OneTimeCode,
        ["pin"] = "a PIN", ["cvv"] = "a card security code", ["cvv2"] = "a card security code", ["cvc"] = "a card security code", ["cvc2"] = "a card security code",
        ["pan"] = CardNumber, ["cardnumber"] = CardNumber,
        ["connectionstring"] = ConnectionString, ["connstr"] = ConnectionString,
        ["cookie"] = "a cookie", ["authorization"] = "an authorization header",
        ["credential"] = "credentials", ["credentials"] = "credentials", ["creds"] = "credentials",
        ["ssn"] = "a social security number",
    };

    private static readonly Dictionary<string, string> SecretPairs = new(StringComparer.Ordinal)
    {
        ["api key"] = "an API key", ["private key"] = Key, ["signing key"] = Key, ["secret key"] = Key, ["access key"] = Key,
        ["encryption key"] = Key, ["master key"] = Key, ["shared key"] = Key, ["session key"] = Key,
        ["client secret"] = Secret, ["connection string"] = ConnectionString, ["conn string"] = ConnectionString,
        ["card number"] = CardNumber, ["credit card"] = CardNumber,
        ["security code"] = OneTimeCode, ["verification code"] = OneTimeCode, ["auth code"] = OneTimeCode,
        ["authorization code"] = OneTimeCode, ["reset code"] = OneTimeCode, ["recovery code"] = OneTimeCode,
        ["backup code"] = OneTimeCode, ["mfa code"] = OneTimeCode, ["one time"] = OneTimeCode,
        ["auth header"] = "an authorization header", ["set cookie"] = "a cookie", ["session id"] = "a session id",
        ["pass phrase"] = Password, ["pass word"] = Password, ["conn str"] = ConnectionString,
        ["ssh key"] = Key, ["hmac key"] = Key, ["account key"] = Key, ["storage key"] = Key, ["gpg key"] = Key,
        ["security answer"] = "a security answer", ["social security"] = "a social security number", ["security number"] = "a social security number",
    };

    // A trailing word that makes the name describe the secret rather than hold it: passwordLength, tokenType, secretName.
    private static readonly HashSet<string> DescriptiveSuffixes = new(StringComparer.Ordinal)
    {
        "type", "types", "kind", "name", "names", "id", "ids", "count", "length", "len", "size", "expiry", "expires",
        "expiration", "lifetime", "ttl", "url", "uri", "path", "policy", "policies", "options", "settings", "algorithm",
        "alg", "format", "header", "version", "rules", "strength", "complexity", "attempts", "required", "enabled",
        "changed", "valid", "mode", "scheme", "provider", "prefix", "hint", "source", "label", "field", "at", "date",
        "time", "timestamp", "duration", "age", "validator", "generator", "service", "manager", "handler", "store",
        "factory", "client", "endpoint", "reset", "change", "update", "requirements", "page", "link", "form",
        "min", "max", "minimum", "maximum", "limit", "rotation", "history", "exists", "missing", "invalid", "expired",
        "status", "state", "result", "outcome", "remaining", "endpoint", "vault", "issuer", "audience", "claims", "purpose",
    };

    private static readonly HashSet<string> BooleanPrefixes = new(StringComparer.Ordinal)
    {
        "is", "has", "can", "should", "must", "requires", "needs", "allow", "allows", "use", "uses", "enable", "disable",
    };

    public static bool IsSecret(string name) => Classify(name) is not null;

    /// <summary>What kind of secret the name denotes ("a token", "a password"…), or <see langword="null"/>.</summary>
    public static string? Classify(string name)
    {
        List<string> words = NameWords.Split(name);
        if (words.Count == 0 || (BooleanPrefixes.Contains(words[0]) && words.Count > 1))
        {
            return null;
        }

        int secretEnd = LastSecretWordEnd(words, out string? label);
        if (secretEnd < 0)
        {
            return null;
        }

        // "resetTokenExpiry": the secret word is followed only by descriptive words, so the name describes it.
        for (int i = secretEnd + 1; i < words.Count; i++)
        {
            if (!DescriptiveSuffixes.Contains(words[i]))
            {
                return label;
            }
        }

        return secretEnd == words.Count - 1 ? label : null;
    }

    /// <summary>Whether any word of the name describes rather than holds a value ("KeyName", "TokenStatus", "Count").</summary>
    public static bool HasDescriptiveWord(string name) => NameWords.Split(name).Exists(DescriptiveSuffixes.Contains);

    /// <summary>The kind of the last secret word in the name, whatever follows it ("tokenType" → "a token").</summary>
    public static string? LastSecretWord(string name)
    {
        LastSecretWordEnd(NameWords.Split(name), out string? label);
        return label;
    }

    /// <summary>What secret the text ends with, word for word ("Sent OTP " → "a one-time code", "Issued token for " → null).</summary>
    public static string? TrailingSecret(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        List<string> words = NameWords.Split(text.Length > 40 ? text.Substring(text.Length - 40) : text);
        if (words.Count == 0)
        {
            return null;
        }

        string last = words[words.Count - 1];
        return Lookup(SecretWords, last)
            ?? (words.Count > 1 ? Lookup(SecretPairs, words[words.Count - 2] + " " + last) : null);
    }

    /// <summary>The index of the last word that completes a secret word or pair ("authHeader" ends at "header"), or -1.</summary>
    private static int LastSecretWordEnd(List<string> words, out string? label)
    {
        int last = -1;
        label = null;
        for (int i = 0; i < words.Count; i++)
        {
            if (Lookup(SecretWords, words[i]) is { } word)
            {
                (last, label) = (i, word);
            }
            else if (i > 0 && Lookup(SecretPairs, words[i - 1] + " " + words[i]) is { } pair)
            {
                (last, label) = (i, pair);
            }
        }

        return last;
    }

    private static string? Lookup(Dictionary<string, string> table, string key) =>
        table.TryGetValue(key, out string? label) || table.TryGetValue(Singular(key), out label) ? label : null;

    private static string Singular(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' ? word.Substring(0, word.Length - 1) : word;
}
