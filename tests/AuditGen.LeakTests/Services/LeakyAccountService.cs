using System.Net.Http.Headers;

namespace AuditGen.LeakTests.Services;

/// <summary>A team's own marking attribute, mapped to "secret" through .editorconfig.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class VaultSecretAttribute : Attribute
{
}

public sealed class ApiToken
{
    public string Value { get; set; } = string.Empty;

    public int Scope { get; set; }
}

public sealed class Credentials
{
    public string User { get; set; } = string.Empty;

    public string Pass { get; set; } = string.Empty;
}

/// <summary>Every case of issue 9's "Why", as a team would write it without thinking about redaction.</summary>
public partial class LeakyAccountService(ILogger<LeakyAccountService> logger)
{
    [Audit("call_partner")]
    public partial void CallPartner(string authorizationHeader, string cookieHeader, string apiKeyHeader, string passwordResetUrl, string pw, string pass);

    [Audit("verify")]
    public partial void Verify(string code, string key, string cardNo, string twoFactorCode, string licenseKey, string signature, string dsn);

    [Audit("patient_lookup")]
    public partial void Lookup(string dob, [VaultSecret] string vaulted, string ward);

    [Audit("use_token")]
    public partial void UseToken([LogProperties] ApiToken token, [LogProperties] Credentials credentials);

    // [LogProperties] on framework types is what the user wrote; AG0012 now says it is ignored (logged as one value).
#pragma warning disable AG0012
    [Audit("follow")]
    public partial void Follow([LogProperties] Uri callback, [LogProperties] AuthenticationHeaderValue auth, [LogProperties] KeyValuePair<string, string> header);
#pragma warning restore AG0012

    [Audit("password_reset", Sensitive = true)]
    public partial void ResetPassword(string email, string token);

    [Audit("comment")]
    public partial void Comment(string text);

    [Audit("forward")]
    public partial void Forward(string target, KeyValuePair<string, string> tan, KeyValuePair<string, string> location);

    [Audit("lookup_key")]
    public partial void LookupKey(string key);

    [Audit("fetch")]
    public partial void Fetch(string target);

    [Audit("pin_check")]
    public partial void CheckPin(string pin, [PersonalData] string email);

    private void CallPartnerCore(string authorizationHeader, string cookieHeader, string apiKeyHeader, string passwordResetUrl, string pw, string pass)
    {
    }

    private void VerifyCore(string code, string key, string cardNo, string twoFactorCode, string licenseKey, string signature, string dsn)
    {
    }

    private void LookupCore(string dob, string vaulted, string ward)
    {
    }

    private void UseTokenCore(ApiToken token, Credentials credentials)
    {
    }

    private void FollowCore(Uri callback, AuthenticationHeaderValue auth, KeyValuePair<string, string> header)
    {
    }

#pragma warning disable AG1007 // the leak under test: a secret in an exception message
    private void ResetPasswordCore(string email, string token) =>
        throw new InvalidOperationException($"Reset token {token} is invalid", new ArgumentException($"inner {Secrets.InnerSecret}"));
#pragma warning restore AG1007

    private void CommentCore(string text)
    {
    }

    private void ForwardCore(string target, KeyValuePair<string, string> tan, KeyValuePair<string, string> location)
    {
    }

    // A framework exception quoting its input: the record masks the key, so the exception must not repeat it.
    private void LookupKeyCore(string key) => _ = new Dictionary<string, int>()[key];

    // HttpRequestException quotes the URL, query and all: a plain string that carries a URL hides the message too.
    private void FetchCore(string target) => throw new HttpRequestException($"Call to {target} failed");

    private void CheckPinCore(string pin, string email)
    {
    }
}
