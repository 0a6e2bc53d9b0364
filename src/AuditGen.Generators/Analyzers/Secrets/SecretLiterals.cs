using System;
using System.Text.RegularExpressions;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Recognises credentials by their text: what a secret scanner would flag in a log line.</summary>
internal static class SecretLiterals
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(50);

    // Each pattern runs only when its trigger occurs in the text: nearly every log template contains none of them,
    // and a substring search is far cheaper than nine regular expressions per log call.
    private static readonly (string Trigger, Regex Pattern, string Description)[] Patterns =
    [
        ("eyJ", new Regex(@"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", RegexOptions.None, Timeout), "a JWT"),
        ("PRIVATE KEY", new Regex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----", RegexOptions.None, Timeout), "a private key"),
        ("=", new Regex(@"(?:^|;)\s*(?:password|pwd)\s*=\s*(?<value>[^;{\s'""]+)", RegexOptions.IgnoreCase, Timeout), "a connection-string password"),
        ("IA", new Regex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.None, Timeout), "an AWS access key"),
        ("earer", new Regex(@"\bBearer\s+[A-Za-z0-9\-._~+/]{20,}=*", RegexOptions.IgnoreCase, Timeout), "a bearer token"),
        ("gh", new Regex(@"\bgh[pousr]_[A-Za-z0-9]{30,}", RegexOptions.None, Timeout), "a GitHub token"),
        ("xox", new Regex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.None, Timeout), "a Slack token"),
        ("_live_", new Regex(@"\b[rs]k_live_[0-9A-Za-z]{16,}", RegexOptions.None, Timeout), "a Stripe key"),
        ("=", new Regex(@"(?:api[_-]?key|client[_-]?secret|access[_-]?token)\s*[=:]\s*[""']?(?<value>[A-Za-z0-9/+_\-]{12,})", RegexOptions.IgnoreCase, Timeout), "an inline secret"),
    ];

    // "password=" or "token: " at the end of a text part: whatever is interpolated next is that secret. In prose the
    // word before the key is part of it and is judged with it, as a name would be: "Status code: " is a status code,
    // "Cache key: " a lookup key, "Reset code: " a secret; in "&code=" the key stands alone.
    private static readonly Regex KeyBeforeValue = new(@"((?:[A-Za-z][A-Za-z0-9_\-]* )?[A-Za-z][A-Za-z0-9_\-]*)[""']?\s*[=:]\s*[""']?$", RegexOptions.None, Timeout);

    /// <summary>What credential the text contains, or <see langword="null"/>.</summary>
    public static string? Match(string text)
    {
        foreach ((string trigger, Regex pattern, string description) in Patterns)
        {
            try
            {
                if (text.IndexOf(trigger, StringComparison.OrdinalIgnoreCase) >= 0
                    && pattern.Match(text) is { Success: true } match
                    && !IsExampleValue(match.Groups["value"]))
                {
                    return description;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological string is not evidence either way.
            }
        }

        return null;
    }

    // Help texts and samples show the shape of a setting with a stand-in value ("password=eclairpassword",
    // "Pwd=<your password>", "api_key=YOUR_API_KEY_HERE"): a value that spells its own kind or a stand-in is no secret.
    private static readonly string[] ExampleWords = ["password", "passwd", "pwd", "secret", "your", "example", "changeme", "xxx", "***", "placeholder", "sample", "here"];

    private static bool IsExampleValue(Group value)
    {
        if (!value.Success)
        {
            return false;
        }

        foreach (string word in ExampleWords)
        {
            if (value.Value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key a text part ends with (<c>"…&amp;token="</c> → <c>token</c>, <c>"Status code: "</c> → <c>Status code</c>), or <see langword="null"/>.</summary>
    public static string? TrailingKey(string text)
    {
        string trimmed = text.TrimEnd(' ', '"', '\'');
        if (trimmed.Length == 0 || (trimmed[trimmed.Length - 1] != '=' && trimmed[trimmed.Length - 1] != ':'))
        {
            return null;
        }

        try
        {
            Match match = KeyBeforeValue.Match(text);
            return match.Success ? match.Groups[1].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
