using System;
using System.Collections.Generic;

namespace AuditGen.Generators.Common;

/// <summary>
/// Decides whether a name (parameter, member, key or placeholder) denotes a secret. Errs towards "secret": a false
/// positive costs a masked value, a false negative costs a leaked credential.
/// </summary>
internal static class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "passcode", "secret", "token", "apikey", "otp", "totp", "hotp",
        "pin", "cvv", "cvv2", "cvc", "cvc2", "cookie", "authorization", "credential", "credentials", "creds",
        "privatekey", "connectionstring", "connstr", "bearer", "jwt", "clientsecret", "accesstoken", "refreshtoken",
        "sessiontoken", "idtoken", "apitoken", "xsrf", "csrf", "pan", "cardnumber", "ssn", "mfacode", "signingkey",
    };

    private static readonly HashSet<string> SecretPairs = new(StringComparer.Ordinal)
    {
        "api key", "private key", "signing key", "secret key", "access key", "encryption key", "master key", "shared key",
        "client secret", "connection string", "conn string", "card number", "credit card", "security code",
        "verification code", "auth code", "authorization code", "reset code", "recovery code", "backup code",
        "mfa code", "one time", "auth header", "set cookie", "session key", "session id", "pass phrase", "pass word",
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
    };

    private static readonly HashSet<string> BooleanPrefixes = new(StringComparer.Ordinal)
    {
        "is", "has", "can", "should", "must", "requires", "needs", "allow", "allows", "use", "uses", "enable", "disable",
    };

    public static bool IsSecret(string name)
    {
        List<string> words = NameWords.Split(name);
        if (words.Count == 0 || BooleanPrefixes.Contains(words[0]) && words.Count > 1)
        {
            return false;
        }

        int secretEnd = LastSecretWordEnd(words);
        if (secretEnd < 0)
        {
            return false;
        }

        // "resetTokenExpiry": the secret word is followed only by descriptive words, so the name describes it.
        // "authHeader" is the exception: the pair itself is the secret, caught by LastSecretWordEnd covering "header".
        for (int i = secretEnd + 1; i < words.Count; i++)
        {
            if (!DescriptiveSuffixes.Contains(words[i]))
            {
                return true;
            }
        }

        return secretEnd == words.Count - 1;
    }

    /// <summary>The index of the last word that completes a secret word or pair, or -1.</summary>
    private static int LastSecretWordEnd(List<string> words)
    {
        int last = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if (IsSecretWord(words[i]) || (i > 0 && IsSecretPair(words[i - 1], words[i])))
            {
                last = i;
            }
        }

        return last;
    }

    private static bool IsSecretWord(string word) => SecretWords.Contains(word) || SecretWords.Contains(Singular(word));

    private static bool IsSecretPair(string first, string second) =>
        SecretPairs.Contains(first + " " + second) || SecretPairs.Contains(first + " " + Singular(second));

    private static string Singular(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' ? word.Substring(0, word.Length - 1) : word;
}
