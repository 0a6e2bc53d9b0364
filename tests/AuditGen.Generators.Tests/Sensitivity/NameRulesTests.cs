using AuditGen.Generators.Sensitivity;

namespace AuditGen.Generators.Tests.Sensitivity;

public sealed class NameRulesTests
{
    /// <summary>The names issue 9 found logged in clear: a trailing descriptive word switched the old heuristic off, or
    /// the word was missing. The generator's verdict tests use them too.</summary>
    public static TheoryData<string> IssueNames { get; } =
    [
        "authorizationHeader", "cookieHeader", "apiKeyHeader", "passwordResetUrl", "pw", "pass", "code", "key", "cardNo",
        "twoFactorCode", "licenseKey", "signature", "dsn",
    ];

    [Theory]
    [InlineData("password")]
    [InlineData("newPassword")]
    [InlineData("Passwd")]
    [InlineData("pwd")]
    [InlineData("token")]
    [InlineData("resetToken")]
    [InlineData("refresh_token")]
    [InlineData("accessToken")]
    [InlineData("bearerToken")]
    [InlineData("csrfToken")]
    [InlineData("secret")]
    [InlineData("clientSecret")]
    [InlineData("client-secret")]
    [InlineData("apiKey")]
    [InlineData("API_KEY")]
    [InlineData("x-api-key")]
    [InlineData("APIKey")]
    [InlineData("privateKey")]
    [InlineData("signingKey")]
    [InlineData("otp")]
    [InlineData("otpCode")]
    [InlineData("oneTimeCode")]
    [InlineData("verificationCode")]
    [InlineData("pin")]
    [InlineData("cvv")]
    [InlineData("cardNumber")]
    [InlineData("connectionString")]
    [InlineData("ConnectionStrings")]
    [InlineData("Db:Password")]
    [InlineData("cookie")]
    [InlineData("setCookie")]
    [InlineData("authorization")]
    [InlineData("authHeader")]
    [InlineData("credentials")]
    [InlineData("passwordHash")]
    [InlineData("tokens")]
    [InlineData("sessionId")]
    [MemberData(nameof(IssueNames))]
    [InlineData("tokenJson")]
    [InlineData("passwordConfirmation")]
    [InlineData("keyBytes")]
    [InlineData("smsCode")]
    public void Secret_names(string name) => Assert.Equal(NameSensitivity.Secret, NameRules.Classify(name).Sensitivity);

    [Theory]
    [InlineData("tokenType")]
    [InlineData("token_type")]
    [InlineData("passwordLength")]
    [InlineData("minPasswordLength")]
    [InlineData("secretName")]
    [InlineData("tokenId")]
    [InlineData("apiKeyName")]
    [InlineData("tokenCount")]
    [InlineData("tokenExpiry")]
    [InlineData("resetTokenExpiresAt")]
    [InlineData("passwordPolicy")]
    [InlineData("tokenOptions")]
    [InlineData("signingAlgorithm")]
    [InlineData("isPasswordValid")]
    [InlineData("hasToken")]
    [InlineData("cacheKey")]
    [InlineData("statusCode")]
    [InlineData("countryCode")]
    [InlineData("errorCode")]
    [InlineData("boardingPass")]
    [InlineData("bypass")]
    [InlineData("passwordHashAlgorithm")]
    [InlineData("keyId")]
    [InlineData("publicKey")]
    [InlineData("partitionKey")]
    [InlineData("signatureAlgorithm")]
    [InlineData("authorizationPolicy")]
    [InlineData("cookieName")]
    [InlineData("tokenizer")]
    [InlineData("spinner")]
    [InlineData("pinned")]
    [InlineData("orderId")]
    [InlineData("")]
    public void Safe_names(string name) => Assert.NotEqual(NameSensitivity.Secret, NameRules.Classify(name).Sensitivity);

    [Theory]
    [InlineData("email")]
    [InlineData("emailAddress")]
    [InlineData("clientIp")]
    [InlineData("ipAddress")]
    [InlineData("userId")]
    [InlineData("phoneNumber")]
    [InlineData("dob")]
    public void Personal_names(string name) => Assert.Equal(NameSensitivity.Personal, NameRules.Classify(name).Sensitivity);

    [Theory]
    [InlineData("resetToken", new[] { "reset", "token" })]
    [InlineData("APIKey", new[] { "api", "key" })]
    [InlineData("x-api-key", new[] { "x", "api", "key" })]
    [InlineData("Db:Password2", new[] { "db", "password", "2" })]
    [InlineData("HTTPHeaders", new[] { "http", "headers" })]
    public void Names_split_into_words(string name, string[] words) => Assert.Equal(words, NameWords.Split(name));
}
