namespace AuditGen.LeakTests.Sentinel;

/// <summary>
/// One real-looking, fake secret per kind the sentinel must mask, in the text it would arrive in, with the exact masked
/// text expected and the raw secret that must appear nowhere afterwards. Every raw secret is unique to this file.
/// </summary>
internal static class SentinelSamples
{
    public const string JwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
    public const string JwtSignature = "q7Lf0sentinelJWTsig_Vb2RkX3Nf9aZ1";
    public const string Jwt = JwtHeader + ".eyJzdWIiOiJhZGEiLCJpYXQiOjE3MDAwMDAwMDB9." + JwtSignature;
    public const string OpaqueBearer = "2YotnFZFEjr1zCsicMWpAA7sentinel";
    public const string PemBody = "MIIEowIBAAKCAQEAsentinelPEMbody0xQ2c";
    public const string Pem = "-----BEGIN RSA PRIVATE KEY-----\n" + PemBody + "\nq8ZrT0tJ1yW9\n-----END RSA PRIVATE KEY-----";
    public const string DbPassword = "Tr0ub4dor&3x sentinel";
    public const string QueryToken = "RST9f8e7d6sentinel";
    public const string TextPassword = "hunter2-sentinel";
    public const string ClientSecret = "s3cr3t-sentinel-value";
    public const string ApiKeyValue = "AKV-sentinel-12345";
    public const string AwsKey = "AKIAQ7SENTINEL0KEY12";
    public const string GitHubToken = "ghp_S3ntinelGitHubToken0123456789abcdefAB";
    public const string SlackToken = "xoxb-123456789012-1234567890123-S3ntinelSlackTok";
    public const string StripeKey = "sk_live_S3ntinelStripeKey0123456789";
    public const string GoogleKey = "AIzaSyS3ntinel-GoogleKey_0123456789abcd";
    public const string NpmToken = "npm_S3ntinelNpmToken0123456789abcdefghij";
    public const string GitLabToken = "glpat-S3ntinelGitLab012345";
    public const string UrlPassword = "Sup3rS3ntinel";
    public const string JsonPassword = "json-sentinel-pw";
    public const string BasicCredentials = "YWRhOnNlbnRpbmVsLWJhc2lj";
    public const string ResetCode = "493817";

    /// <summary>(kind, raw secret, text, expected masked text).</summary>
    public static readonly (string Kind, string Raw, string Text, string Masked)[] All =
    [
        ("jwt", JwtSignature, $"id_token issued: {Jwt} for ada", "id_token issued: [REDACTED:jwt] for ada"),
        ("bearer", OpaqueBearer, $"calling partner with Bearer {OpaqueBearer} now", "calling partner with Bearer [REDACTED:bearer] now"),
        ("private_key", PemBody, $"loaded key {Pem} from vault", "loaded key [REDACTED:private_key] from vault"),
        ("password", DbPassword, $"opening Server=db.internal;Database=app;User Id=app;Password={DbPassword};Encrypt=true",
            "opening Server=db.internal;Database=app;User Id=app;Password=[REDACTED:password];Encrypt=true"),
        ("password", "pwd-sentinel", "Data Source=db;Uid=app;Pwd=pwd-sentinel;", "Data Source=db;Uid=app;Pwd=[REDACTED:password];"),
        ("token", QueryToken, $"GET https://app.example.com/reset?token={QueryToken}&user=ada 302", "GET https://app.example.com/reset?token=[REDACTED:token]&user=ada 302"),
        ("password", TextPassword, $"login attempt user=ada password={TextPassword} failed", "login attempt user=ada password=[REDACTED:password] failed"),
        ("secret", ClientSecret, $"token request client_id=web client_secret={ClientSecret}", "token request client_id=web client_secret=[REDACTED:secret]"),
        ("api_key", ApiKeyValue, $"geocoding https://maps.example.com/v1?q=Paris&api_key={ApiKeyValue}", "geocoding https://maps.example.com/v1?q=Paris&api_key=[REDACTED:api_key]"),
        ("aws_access_key", AwsKey, $"assuming role with {AwsKey} in eu-west-1", "assuming role with [REDACTED:aws_access_key] in eu-west-1"),
        ("github_token", GitHubToken, $"cloning with {GitHubToken}", "cloning with [REDACTED:github_token]"),
        ("slack_token", SlackToken, $"posting to Slack as {SlackToken}.", "posting to Slack as [REDACTED:slack_token]."),
        ("stripe_key", StripeKey, $"charging with key {StripeKey}", "charging with key [REDACTED:stripe_key]"),
        ("google_api_key", GoogleKey, $"maps key \"{GoogleKey}\"", "maps key \"[REDACTED:google_api_key]\""),
        ("npm_token", NpmToken, $"publishing with {NpmToken}", "publishing with [REDACTED:npm_token]"),
        ("gitlab_token", GitLabToken, $"mirror uses {GitLabToken}", "mirror uses [REDACTED:gitlab_token]"),
        ("url_credentials", UrlPassword, $"connecting to postgres://app:{UrlPassword}@db.internal:5432/app", "connecting to postgres://app:[REDACTED:url_credentials]@db.internal:5432/app"),
        ("password", JsonPassword, $"request body {{\"email\":\"ada@example.com\",\"password\":\"{JsonPassword}\"}}", "request body {\"email\":\"ada@example.com\",\"password\":\"[REDACTED:password]\"}"),
        ("authorization_value", BasicCredentials, $"headers: Authorization: Basic {BasicCredentials}\nAccept: */*", "headers: Authorization: [REDACTED:authorization_value]\nAccept: */*"),
        ("one_time_code", ResetCode, $"Reset code: {ResetCode} sent", "Reset code: [REDACTED:one_time_code] sent"),
    ];
}
