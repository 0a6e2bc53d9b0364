namespace AuditGen.LeakTests;

/// <summary>The raw secrets the matrix feeds to audited methods: each is unique, so finding it anywhere is a leak.</summary>
internal static class Secrets
{
    public const string AuthorizationHeader = "Bearer eyJhbGciOiJIUzI1NiJ9.AUTHHDR7q1.sig";
    public const string Cookie = "session=COOKIE8w2x";
    public const string ApiKeyHeader = "APIKEYHDR5k9";
    public const string ResetUrl = "https://app.example.com/reset?token=RESETURL3j7";
    public const string Pw = "PWVALUE2m4";
    public const string Pass = "PASSVAL6n1";
    public const string Code = "493817";
    public const string Key = "KEYMATERIAL0p5";
    public const string CardNo = "4111111111111111";
    public const string TwoFactorCode = "TWOFA771";
    public const string LicenseKey = "LIC-KEY-8Q2Z";
    public const string Signature = "SIGVALUE4r8";
    public const string Dsn = "https://DSNKEY9t3@o1.ingest.example.io/42";
    public const string Dob = "1984-02-29-DOB";
    public const string VaultValue = "VAULTED5u6";
    public const string TokenValue = "TOKENPROP1a2";
    public const string CredentialPass = "CREDPASS3b4";
    public const string UriUser = "URIUSERPW5c6";
    public const string UriApiKey = "URIAPIKEY7d8";
    public const string UriFragment = "URIFRAG9e0";
    public const string BearerParameter = "BEARERPARAM1f2";
    public const string PairValue = "PAIRVALUE3g4";
    public const string ResetToken = "RESETTOKEN5h6";
    public const string InnerSecret = "INNERSECRET7i8";
    public const string Pin = "4821";
    public const string TargetUserInfo = "TARGETPW2j9";
    public const string TargetQuery = "TARGETQ4k1";
    public const string Tan = "TANVALUE6m3";
    public const string LocationQuery = "LOCQUERY8n5";
    public const string LookedUpKey = "LOOKEDUPKEY0p7";
    public const string FetchQuery = "FETCHQUERY2r4";

    public static readonly string[] All =
    [
        AuthorizationHeader, "AUTHHDR7q1", Cookie, "COOKIE8w2x", ApiKeyHeader, ResetUrl, "RESETURL3j7", Pw, Pass, Code, Key, CardNo,
        TwoFactorCode, LicenseKey, Signature, Dsn, "DSNKEY9t3", Dob, VaultValue, TokenValue, CredentialPass, UriUser, UriApiKey,
        UriFragment, BearerParameter, PairValue, ResetToken, InnerSecret, TargetUserInfo, TargetQuery, Tan, LocationQuery, LookedUpKey, FetchQuery,
    ];
}
