using System.Collections.Concurrent;
using System.Text;

namespace AuditGen.LeakSentinel.Detection;

/// <summary>
/// What the sentinel found, as the short non-secret hint it leaves in the text (<c>[REDACTED:jwt]</c>) and as the
/// <c>kind</c> tag of <c>auditgen.leaks.masked</c>. Shape kinds are listed here; a value judged by its key takes its
/// kind from the shared name vocabulary's label ("a password" → <c>password</c>), so the set stays small and closed.
/// </summary>
internal static class LeakKinds
{
    public const string Jwt = "jwt";
    public const string Bearer = "bearer";
    public const string PrivateKey = "private_key";
    public const string UrlCredentials = "url_credentials";
    public const string AwsAccessKey = "aws_access_key";
    public const string GitHubToken = "github_token";
    public const string SlackToken = "slack_token";
    public const string StripeKey = "stripe_key";
    public const string GoogleApiKey = "google_api_key";
    public const string NpmToken = "npm_token";
    public const string GitLabToken = "gitlab_token";

    /// <summary>A record the sentinel could not read (a value's <c>ToString()</c> threw): it is passed on withheld.</summary>
    public const string Uninspectable = "uninspectable";

    /// <summary>The text that replaces a secret: <c>[REDACTED:kind]</c>, recognisably AuditGen's own mask.</summary>
    public const string MaskPrefix = "[REDACTED";

    private static readonly ConcurrentDictionary<string, string> s_fromLabel = new(System.StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> s_masks = new(System.StringComparer.Ordinal);

    /// <summary>The mask for a kind, built once per kind.</summary>
    public static string Mask(string kind) => s_masks.GetOrAdd(kind, static k => MaskPrefix + ":" + k + "]");

    /// <summary>The kind of a vocabulary label: "an API key" → <c>api_key</c>, "a one-time code" → <c>one_time_code</c>.</summary>
    public static string FromLabel(string? label) => label is null ? "secret" : s_fromLabel.GetOrAdd(label, Slug);

    private static string Slug(string label)
    {
        string text = label.StartsWith("a ", System.StringComparison.Ordinal) ? label.Substring(2)
            : label.StartsWith("an ", System.StringComparison.Ordinal) ? label.Substring(3) : label;
        var slug = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            slug.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        return slug.ToString();
    }
}
