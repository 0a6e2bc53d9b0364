using System;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// Vendor tokens recognised by their published prefix: the prefix, then at least <see cref="TokenPrefix.MinBody"/>
/// characters of its alphabet, at the start of a word. The vendors chose these prefixes so that scanners can find their
/// tokens without false positives; publishable keys (Stripe's <c>pk_</c>) are not secrets and are not listed.
/// </summary>
internal static class TokenPrefixes
{
    /// <summary>Prefixes ending in <c>_</c>, looked up when the scan stops at an underscore.</summary>
    public static readonly TokenPrefix[] Underscore =
    [
        new("ghp_", LeakKinds.GitHubToken, 36, TextChars.IsAlnum),
        new("gho_", LeakKinds.GitHubToken, 36, TextChars.IsAlnum),
        new("ghu_", LeakKinds.GitHubToken, 36, TextChars.IsAlnum),
        new("ghs_", LeakKinds.GitHubToken, 36, TextChars.IsAlnum),
        new("ghr_", LeakKinds.GitHubToken, 36, TextChars.IsAlnum),
        new("github_pat_", LeakKinds.GitHubToken, 22, TextChars.IsBase64Url),
        new("sk_live_", LeakKinds.StripeKey, 16, TextChars.IsAlnum),
        new("sk_test_", LeakKinds.StripeKey, 16, TextChars.IsAlnum),
        new("rk_live_", LeakKinds.StripeKey, 16, TextChars.IsAlnum),
        new("rk_test_", LeakKinds.StripeKey, 16, TextChars.IsAlnum),
        new("whsec_", LeakKinds.StripeKey, 24, TextChars.IsAlnum),
        new("npm_", LeakKinds.NpmToken, 36, TextChars.IsAlnum),
    ];

    /// <summary>Prefixes ending in <c>-</c>, looked up when the scan stops at a hyphen.</summary>
    public static readonly TokenPrefix[] Hyphen =
    [
        new("xoxb-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xoxp-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xoxa-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xoxr-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xoxs-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xoxe-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("xapp-", LeakKinds.SlackToken, 10, IsSlackChar),
        new("glpat-", LeakKinds.GitLabToken, 20, TextChars.IsBase64Url),
    ];

    private static bool IsSlackChar(char c) => TextChars.IsAlnum(c) || c == '-';
}

/// <summary>One vendor prefix: the token is the prefix and a body of at least <see cref="MinBody"/> characters.</summary>
internal sealed class TokenPrefix(string prefix, string kind, int minBody, Func<char, bool> bodyChar)
{
    public string Prefix { get; } = prefix;

    public string Kind { get; } = kind;

    public int MinBody { get; } = minBody;

    public Func<char, bool> BodyChar { get; } = bodyChar;
}
