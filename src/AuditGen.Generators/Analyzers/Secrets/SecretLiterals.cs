using System;
using System.Text.RegularExpressions;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Recognises credentials by their text: what a secret scanner would flag in a log line.</summary>
internal static class SecretLiterals
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(50);

    private static readonly (Regex Pattern, string Description)[] Patterns =
    [
        (new Regex(@"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", RegexOptions.None, Timeout), "a JWT"),
        (new Regex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----", RegexOptions.None, Timeout), "a private key"),
        (new Regex(@"(?:^|;)\s*(?:password|pwd)\s*=\s*[^;{\s]", RegexOptions.IgnoreCase, Timeout), "a connection-string password"),
        (new Regex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.None, Timeout), "an AWS access key"),
        (new Regex(@"\bBearer\s+[A-Za-z0-9\-._~+/]{20,}=*", RegexOptions.IgnoreCase, Timeout), "a bearer token"),
        (new Regex(@"\bgh[pousr]_[A-Za-z0-9]{30,}", RegexOptions.None, Timeout), "a GitHub token"),
        (new Regex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.None, Timeout), "a Slack token"),
        (new Regex(@"\b[rs]k_live_[0-9A-Za-z]{16,}", RegexOptions.None, Timeout), "a Stripe key"),
        (new Regex(@"(?:api[_-]?key|client[_-]?secret|access[_-]?token)\s*[=:]\s*[""']?[A-Za-z0-9/+_\-]{12,}", RegexOptions.IgnoreCase, Timeout), "an inline secret"),
    ];

    // "password=" or "token: " at the end of a text part: whatever is interpolated next is that secret.
    private static readonly Regex KeyBeforeValue = new(@"([A-Za-z][A-Za-z0-9_\-]*)[""']?\s*[=:]\s*[""']?$", RegexOptions.None, Timeout);

    /// <summary>What credential the text contains, or <see langword="null"/>.</summary>
    public static string? Match(string text)
    {
        foreach ((Regex pattern, string description) in Patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
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

    /// <summary>The key a text part ends with (<c>"…&amp;token="</c> → <c>token</c>), or <see langword="null"/>.</summary>
    public static string? TrailingKey(string text)
    {
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
