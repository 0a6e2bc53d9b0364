namespace AuditGen.Generators.Analyzers.Secrets.Rules;

/// <summary>
/// The secret analyzers' rules as data, keyed by full type and member name, the way Roslyn's taint analysis and CodeQL's
/// <c>SensitiveActions</c> organise theirs. <see cref="SecretRules"/> answers the detector's three questions from these
/// tables first: is it a source, does it pass its input through, is it a barrier. Only members no table names fall
/// back to the name patterns of <see cref="NameFallback"/>. docs/secret-detection.md lists every row (a test checks).
/// </summary>
internal static class SecretRuleCatalog
{
    public const string DecryptedData = "decrypted data";
    public const string RequestUrl = "a request URL with its query string";
    private const string Token = "a token";

    public const string LoggerExtensions = "Microsoft.Extensions.Logging.LoggerExtensions";
    public const string MicrosoftILogger = "Microsoft.Extensions.Logging.ILogger";
    public const string LoggerMessage = "Microsoft.Extensions.Logging.LoggerMessage";
    public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
    public const string SerilogILogger = "Serilog.ILogger";
    public const string SerilogLog = "Serilog.Log";

    /// <summary>Where values are written to a log, and what of the call is written (<see cref="LogSinks"/> lays each out).</summary>
    public static readonly MemberRule[] Sinks =
    [
        new(LoggerExtensions, "Log, LogTrace … LogCritical, BeginScope", "the message template and the values it names"),
        new(MicrosoftILogger, "Log, BeginScope", "the state: a dictionary or key/value pairs key by key, any other object whole"),
        new(MicrosoftILogger, "(a team's own method called on a logger: a message string or an exception before a params array)", "like LoggerExtensions: the message as the template, the array as its values (LoggerWrappers)"),
        new(LoggerMessage, "Define, DefineScope", "the format string; the returned delegate's arguments as its values"),
        new(LoggerMessageAttribute, "(the partial method it marks)", "the template and the method's parameters, at the declaration and at each call"),
        new(SerilogILogger, "Verbose … Fatal, Write, ForContext", "the message template and its values; {@X} destructured"),
        new(SerilogLog, "Verbose … Fatal, Write, ForContext", "the message template and its values; {@X} destructured"),
        new(Parsing.KnownTypeNames.AuditAttribute, "(the partial method it marks)", "the parameters the generated wrapper logs as they are"),
        new("System.Exception", "(constructors of thrown exceptions)", "the message (AG1007): every provider prints it with the exception"),
    ];

    /// <summary>Members whose value is a secret whatever the surrounding names say.</summary>
    public static readonly MemberRule[] Sources =
    [
        new("Microsoft.Extensions.Configuration.ConfigurationExtensions", "GetConnectionString", "a connection string"),
        new("Microsoft.AspNetCore.DataProtection.IDataProtector", "Unprotect", DecryptedData),
        new("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions", "Unprotect", DecryptedData),
        new("Microsoft.AspNetCore.DataProtection.DataProtectionAdvancedExtensions", "Unprotect", DecryptedData),
        new("System.Security.Cryptography.ProtectedData", "Unprotect", DecryptedData),
        new("System.Security.Cryptography.RSA", "Decrypt", DecryptedData),
        new("System.Security.Cryptography.SymmetricAlgorithm", "DecryptCbc", DecryptedData),
        new("System.Security.Cryptography.SymmetricAlgorithm", "DecryptEcb", DecryptedData),
        new("System.Security.Cryptography.SymmetricAlgorithm", "DecryptCfb", DecryptedData),
        new("System.Security.Cryptography.ICryptoTransform", "TransformFinalBlock", DecryptedData),
        new("Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions", "GetTokenAsync", Token),
        new("Microsoft.AspNetCore.Authentication.AuthenticationTokenExtensions", "GetTokenValue", Token),
        new("Microsoft.AspNetCore.Authentication.AuthenticationTokenExtensions", "GetTokens", Token),
        new("Microsoft.AspNetCore.Antiforgery.IAntiforgery", "GetAndStoreTokens", "antiforgery tokens"),
        new("Microsoft.AspNetCore.Antiforgery.IAntiforgery", "GetTokens", "antiforgery tokens"),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GeneratePasswordResetTokenAsync", Token),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateEmailConfirmationTokenAsync", Token),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateChangeEmailTokenAsync", Token),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateChangePhoneNumberTokenAsync", Token),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateTwoFactorTokenAsync", "a one-time code"),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateUserTokenAsync", Token),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GetAuthenticatorKeyAsync", "an authenticator key"),
        new("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateNewTwoFactorRecoveryCodesAsync", "recovery codes"),
        new("System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler", "WriteToken", Token),
        new("Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler", "CreateToken", Token),
        new("Microsoft.AspNetCore.Http.Extensions.UriHelper", "GetDisplayUrl", RequestUrl),
        new("Microsoft.AspNetCore.Http.Extensions.UriHelper", "GetEncodedUrl", RequestUrl),
        new("Microsoft.AspNetCore.Http.Extensions.UriHelper", "GetEncodedPathAndQuery", RequestUrl),
        new("Microsoft.AspNetCore.Http.HttpRequest", "QueryString", "a request query string"),
        new("Microsoft.AspNetCore.Http.HttpRequest", "Query", "a request query string"),
    ];

    /// <summary>Members after which a secret is no longer one: hashing, keyed hashing, redaction, encryption, key
    /// derivation and measures (a length says nothing of the text).</summary>
    public static readonly MemberRule[] Barriers =
    [
        new("AuditGen.AuditLog", "Redact"),
        new("AuditGen.AuditLog", "Pseudonymize"),
        new("AuditGen.AuditLog", "SanitizeUrl"),
        new("Microsoft.Extensions.Compliance.Redaction.Redactor", "Redact"),
        new("Microsoft.AspNetCore.DataProtection.IDataProtector", "Protect"),
        new("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions", "Protect"),
        new("System.Security.Cryptography.ProtectedData", "Protect"),
        new("System.Security.Cryptography.HashAlgorithm", "ComputeHash"),
        new("System.Security.Cryptography.SHA1", "HashData"),
        new("System.Security.Cryptography.SHA256", "HashData"),
        new("System.Security.Cryptography.SHA384", "HashData"),
        new("System.Security.Cryptography.SHA512", "HashData"),
        new("System.Security.Cryptography.MD5", "HashData"),
        new("System.Security.Cryptography.HMACSHA256", "HashData"),
        new("System.Security.Cryptography.HMACSHA512", "HashData"),
        new("System.Security.Cryptography.IncrementalHash", "GetHashAndReset"),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2"),
        new("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation", "Pbkdf2"),
        new("Microsoft.AspNetCore.Identity.IPasswordHasher`1", "HashPassword"),
        new("BCrypt.Net.BCrypt", "HashPassword"),
        new("System.Object", "GetHashCode"),
        new("System.String", "Length"),
        new("System.Array", "Length"),
        new("System.Collections.ICollection", "Count"),
        new("System.Nullable`1", "HasValue"),
    ];

    /// <summary>Members that carry their input (or instance) through to their result unchanged in substance.</summary>
    public static readonly MemberRule[] PassThrough =
    [
        .. Members("System.String", "Format", "Concat", "Join", "ToUpper", "ToUpperInvariant", "ToLower", "ToLowerInvariant", "Trim", "TrimStart",
            "TrimEnd", "Substring", "Replace", "PadLeft", "PadRight", "Insert", "Remove", "Normalize", "ToString", "Split", "AsSpan",
            "ToCharArray", "Create", "Copy", "Clone"),
        .. Members("System.Convert", "ToBase64String", "FromBase64String", "ToHexString", "ToHexStringLower"),
        .. Members("System.Text.Encoding", "GetString", "GetBytes"),
        .. Members("System.Uri", "EscapeDataString", "EscapeUriString", "UnescapeDataString"),
        .. Members("System.Net.WebUtility", "UrlEncode", "UrlDecode", "HtmlEncode"),
        .. Members("System.Web.HttpUtility", "UrlEncode", "UrlDecode", "HtmlEncode"),
        .. Members("System.Text.StringBuilder", "Append", "AppendFormat", "AppendLine", "Insert", "ToString"),
        .. Members("System.Linq.Enumerable", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "ElementAt",
            "Select", "SelectMany", "Where", "ToList", "ToArray", "ToDictionary", "ToHashSet", "Take", "TakeLast", "Skip", "OrderBy",
            "AsEnumerable", "Cast", "OfType", "Aggregate", "DefaultIfEmpty", "Reverse", "Distinct"),
        .. Members("System.Collections.Generic.CollectionExtensions", "GetValueOrDefault"),
        .. Members("System.Nullable`1", "Value", "GetValueOrDefault"),
    ];

    /// <summary>Serializers: they write their argument's members out, as destructuring does (honouring
    /// <c>[JsonIgnore]</c>).</summary>
    public static readonly MemberRule[] Serializers =
    [
        .. Members("System.Text.Json.JsonSerializer", "Serialize", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "SerializeToDocument"),
        .. Members("Newtonsoft.Json.JsonConvert", "SerializeObject"),
    ];

    /// <summary>Getters that return a value by key: a source when the key names a secret (<c>"Jwt:Key"</c>).</summary>
    public static readonly MemberRule[] KeyedGetters =
    [
        new("System.Environment", "GetEnvironmentVariable"),
        .. Members("Microsoft.Extensions.Configuration.ConfigurationBinder", "GetValue"),
        .. Members("Microsoft.Extensions.Configuration.IConfiguration", "GetSection"),
    ];

    private static MemberRule[] Members(string type, params string[] members)
    {
        var rules = new MemberRule[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            rules[i] = new MemberRule(type, members[i]);
        }

        return rules;
    }
}
