using System;
using System.Collections.Generic;

namespace AuditGen.Generators.Sensitivity;

/// <summary>
/// The word tables behind <see cref="NameRules"/>; docs/redaction.md lists them as the rule table. Compiled into the
/// generator, the analyzers and the runtime (which judges the keys of logged key/value pairs), so all three agree.
/// </summary>
internal static class NameVocabulary
{
    public const string Password = "a password";
    public const string Token = "a token";
    public const string SecretLabel = "a secret";
    public const string Key = "a key";
    public const string OneTimeCode = "a one-time code";
    public const string CardNumber = "a card number";
    public const string ConnectionString = "a connection string";
    public const string Authorization = "an authorization value";
    public const string Cookie = "a cookie";
    public const string Signature = "a signature";

    /// <summary>Words that hold a credential wherever they stand in a name.</summary>
    public static readonly Dictionary<string, string> SecretWords = new(StringComparer.Ordinal)
    {
        ["password"] = Password, ["passwd"] = Password, ["pwd"] = Password, ["pw"] = Password, ["passphrase"] = Password, ["passcode"] = Password,
        ["psw"] = Password, ["pswd"] = Password, ["pword"] = Password, ["passw"] = Password, ["passwrd"] = Password,
        ["passwort"] = Password, ["kennwort"] = Password, ["contrasena"] = Password, ["senha"] = Password, ["motdepasse"] = Password,
        ["mdp"] = Password, ["wachtwoord"] = Password, ["haslo"] = Password, ["clave"] = Password,
        ["token"] = Token, ["accesstoken"] = Token, ["refreshtoken"] = Token, ["sessiontoken"] = Token, ["idtoken"] = Token,
        ["apitoken"] = Token, ["bearer"] = Token, ["jwt"] = Token, ["xsrf"] = Token, ["csrf"] = Token, ["tkn"] = Token, ["jeton"] = Token,
        ["verifier"] = Token, ["assertion"] = Token, ["samlresponse"] = Token,
        ["secret"] = SecretLabel, ["clientsecret"] = SecretLabel,
        ["apikey"] = "an API key", ["privatekey"] = Key, ["signingkey"] = Key,
        ["otp"] = OneTimeCode, ["totp"] = OneTimeCode, ["hotp"] = OneTimeCode, ["mfacode"] = OneTimeCode,
        ["pin"] = "a PIN", ["cvv"] = "a card security code", ["cvv2"] = "a card security code", ["cvc"] = "a card security code",
        ["cvc2"] = "a card security code", ["cvn"] = "a card security code", ["ccv"] = "a card security code", ["csc"] = "a card security code",
        ["cardnumber"] = CardNumber, ["cardno"] = CardNumber,
        ["connectionstring"] = ConnectionString, ["connstr"] = ConnectionString, ["dsn"] = ConnectionString,
        ["cookie"] = Cookie, ["authorization"] = Authorization,
        ["credential"] = "credentials", ["credentials"] = "credentials", ["creds"] = "credentials",
        ["signature"] = Signature, ["sig"] = Signature, ["hmac"] = Signature, ["ssn"] = "a social security number",
        ["mnemonic"] = Key, ["pem"] = Key, ["pfx"] = Key, ["psk"] = Key,
    };

    /// <summary>Two words that together hold a credential ("api key", "card no").</summary>
    public static readonly Dictionary<string, string> SecretPairs = new(StringComparer.Ordinal)
    {
        ["api key"] = "an API key", ["private key"] = Key, ["signing key"] = Key, ["secret key"] = Key, ["access key"] = Key,
        ["encryption key"] = Key, ["decryption key"] = Key, ["master key"] = Key, ["shared key"] = Key, ["session key"] = Key,
        ["license key"] = Key, ["product key"] = Key, ["activation key"] = Key, ["subscription key"] = Key,
        ["client secret"] = SecretLabel, ["connection string"] = ConnectionString, ["conn string"] = ConnectionString, ["conn str"] = ConnectionString,
        ["card number"] = CardNumber, ["card no"] = CardNumber, ["card num"] = CardNumber, ["credit card"] = CardNumber,
        ["cc number"] = CardNumber, ["cc no"] = CardNumber, ["cc num"] = CardNumber,
        ["one time"] = OneTimeCode, ["auth header"] = Authorization, ["set cookie"] = Cookie,
        ["pass phrase"] = Password, ["pass word"] = Password,
        ["ssh key"] = Key, ["hmac key"] = Key, ["account key"] = Key, ["storage key"] = Key, ["gpg key"] = Key,
        ["authentication hash"] = Password, ["token hint"] = Token, ["seed phrase"] = Key, ["recovery phrase"] = Key, ["saml response"] = Token, ["auth ticket"] = Token, ["de passe"] = Password,
        ["track data"] = CardNumber, ["security answer"] = "a security answer", ["social security"] = "a social security number", ["security number"] = "a social security number",
    };

    /// <summary>Words that hold a credential only in context (see <see cref="NameRules"/>): alone, before a holding word,
    /// or after one of their qualifiers. <c>code</c> alone is a one-time code; <c>statusCode</c> is not.</summary>
    public static readonly Dictionary<string, string> ContextWords = new(StringComparer.Ordinal)
    {
        ["code"] = OneTimeCode, ["key"] = Key, ["pass"] = Password, ["auth"] = Authorization, ["pan"] = CardNumber,
    };

    /// <summary>The words before <c>code</c> that make it a one-time code (<c>twoFactorCode</c>, <c>resetCode</c>).</summary>
    public static readonly HashSet<string> CodeQualifiers = Set(
        "factor", "2fa", "fa", "tfa", "authenticator", "mfa", "sms", "otp", "totp", "verification", "verify", "reset", "recovery", "backup", "security",
        "auth", "authorization", "authentication", "access", "confirmation", "confirm", "login", "signin", "logon",
        "activation", "invite", "invitation", "magic", "pairing", "device", "user", "pin", "unlock", "approval", "secret",
        "email", "phone", "passcode", "challenge", "grant", "exchange");

    /// <summary>The words before <c>key</c> that make it a lookup key, not key material (<c>cacheKey</c>, <c>publicKey</c>).
    /// Any other word before <c>key</c> leaves it a key: an unknown kind of key is treated as secret.</summary>
    public static readonly HashSet<string> LookupKeyQualifiers = Set(
        "cache", "partition", "row", "primary", "foreign", "idempotency", "sort", "lookup", "dictionary", "dict", "registry",
        "hot", "public", "map", "hash", "object", "route", "routing", "resource", "item", "entity", "composite", "unique",
        "natural", "surrogate", "translation", "localization", "message", "config", "configuration", "setting", "feature",
        "option", "group", "index", "shard", "bucket", "file", "blob", "redis", "metric", "label", "tag", "property", "json",
        "column", "table", "query", "dedup", "dedupe", "deduplication", "correlation", "request", "sequence", "event", "record",
        "document", "search", "sticky", "shortcut", "keyboard", "modifier", "enum", "type", "name", "attribute", "state",
        "lock", "session", "storage", "sub", "parent", "child", "node", "component", "list", "field", "element", "grouping",
        "publishable", "grant", "store", "persistence");

    /// <summary>The words before <c>auth</c> that make it an authorization value (<c>basicAuth</c>, <c>X-Auth</c>).</summary>
    public static readonly HashSet<string> AuthQualifiers = Set("basic", "proxy", "smtp", "http", "digest", "bearer", "ntlm", "ldap", "ftp", "x", "header");

    /// <summary>The words before <c>pan</c> that make it a card number (<c>cardPan</c>; not <c>panX</c> in a viewport).</summary>
    public static readonly HashSet<string> PanQualifiers = Set("card", "cc", "credit", "debit", "primary", "account");

    /// <summary>The words before a credential word that make it something else: a pagination or sync cursor
    /// (<c>nextPageToken</c>), a GPIO pin (<c>ledPin</c>), a method or file signature (<c>methodSignature</c>).</summary>
    public static readonly Dictionary<string, HashSet<string>> NotCredentialAfter = new(StringComparer.Ordinal)
    {
        ["token"] = Set("page", "continuation", "skip", "sync", "delta", "cursor", "pagination", "resume", "lexer", "syntax", "parser", "cancellation", "json", "j"),
        ["pin"] = Set("gpio", "led", "io", "output", "input", "analog", "digital", "power", "data", "clock", "map"),
        ["signature"] = Set("method", "type", "function", "member", "delegate", "file", "email", "call", "operator"),
        ["sig"] = Set("method", "type", "function", "member", "file", "email"),
    };

    /// <summary>The words before <c>pass</c> that make it a password (<c>userPass</c>, not <c>boardingPass</c>).</summary>
    public static readonly HashSet<string> PassQualifiers = Set(
        "user", "login", "account", "admin", "db", "database", "root", "new", "old", "current", "confirm", "wifi", "smtp",
        "ftp", "mail", "email", "proxy", "ldap", "sql", "ssh", "master", "app", "service", "basic", "my", "redis", "rabbit");

    /// <summary>Words after a credential word that say the name holds it in some form: it stays a credential
    /// (<c>authorizationHeader</c>, <c>passwordResetUrl</c>, <c>tokenJson</c>, <c>passwordHash</c>).</summary>
    public static readonly HashSet<string> HoldingWords = Set(
        "header", "headers", "value", "values", "string", "str", "json", "xml", "text", "txt", "raw", "bytes", "byte", "data",
        "base64", "b64", "encoded", "hex", "param", "params", "parameter", "query", "body", "input", "plain", "plaintext",
        "cleartext", "hash", "hashed", "salt", "digest", "encrypted", "cipher", "ciphertext", "url", "uri", "link", "href",
        "line", "entry", "content", "payload", "blob", "buffer", "arg", "argument", "literal", "copy", "candidate", "attempt",
        "guess", "confirm", "confirmation", "again", "repeat", "cookie", "pair", "material", "secret", "answer", "number", "no",
        "num", "result", "response", "token", "blob", "pem", "der", "b58", "base32", "base58", "b32");

    /// <summary>Words after a credential word that say the name describes it rather than holds it: a trailing one makes
    /// the name not secret (<c>tokenType</c>, <c>passwordLength</c>, <c>resetTokenExpiresAt</c>, <c>passwordHashAlgorithm</c>).</summary>
    public static readonly HashSet<string> DescribingWords = Set(
        "type", "types", "kind", "name", "names", "id", "ids", "count", "length", "len", "size", "expiry", "expires",
        "expiration", "lifetime", "ttl", "path", "policy", "policies", "options", "settings", "algorithm", "alg", "format",
        "version", "rules", "strength", "complexity", "attempts", "required", "enabled", "changed", "valid", "mode", "scheme",
        "provider", "prefix", "hint", "source", "label", "field", "at", "date", "time", "timestamp", "duration", "age",
        "validator", "generator", "service", "manager", "handler", "store", "factory", "client", "endpoint", "reset",
        "change", "update", "requirements", "requirement", "page", "form", "min", "max", "minimum", "maximum", "limit",
        "rotation", "history", "exists", "missing", "invalid", "expired", "status", "state", "outcome", "remaining",
        "vault", "issuer", "audience", "claims", "purpose", "method", "methods", "location", "description", "issued",
        "revoked", "created", "sent", "used", "verified", "requested", "index", "position", "window", "level",
        "in", "seconds", "secs", "minutes", "mins", "hours", "days", "ms", "millis", "milliseconds", "utc", "ticks", "last",
        "first", "domain", "samesite", "secure", "httponly", "counter", "seats", "frame", "frames",
        "category", "class", "template", "error", "errors", "flag", "flags", "bits", "rounds", "iterations", "usage",
        "exception", "reason", "scope", "scopes", "filter", "filters", "file", "files", "directory", "dir", "folder", "failure", "failed");

    /// <summary>A first word that makes the name a yes/no fact about a secret (<c>isPasswordValid</c>, <c>hasToken</c>).</summary>
    public static readonly HashSet<string> BooleanPrefixes = Set(
        "is", "has", "can", "should", "must", "requires", "needs", "allow", "allows", "use", "uses", "enable", "disable", "was", "did");

    /// <summary>Words and pairs that hold a personal identifier: masked or pseudonymized where redaction applies, never
    /// treated as a credential.</summary>
    public static readonly Dictionary<string, string> PersonalWords = new(StringComparer.Ordinal)
    {
        ["email"] = "an email address", ["mail"] = "an email address", ["emailaddress"] = "an email address", ["upn"] = "a user name",
        ["phone"] = "a phone number", ["mobile"] = "a phone number", ["msisdn"] = "a phone number", ["phonenumber"] = "a phone number",
        ["ip"] = "a client address", ["ipaddress"] = "a client address", ["ipv4"] = "a client address", ["ipv6"] = "a client address",
        ["dob"] = "a date of birth", ["birthdate"] = "a date of birth", ["birthday"] = "a date of birth",
        ["username"] = "a user name", ["userid"] = "a user id", ["login"] = "a user name", ["iban"] = "a bank account",
        ["passport"] = "a passport number", ["address"] = "an address", ["surname"] = "a name", ["fullname"] = "a name",
    };

    public static readonly Dictionary<string, string> PersonalPairs = new(StringComparer.Ordinal)
    {
        ["phone number"] = "a phone number", ["mobile number"] = "a phone number", ["passport number"] = "a passport number",
        ["user id"] = "a user id", ["user name"] = "a user name", ["customer id"] = "a customer id", ["account id"] = "an account id",
        ["client address"] = "a client address", ["remote address"] = "a client address", ["remote ip"] = "a client address",
        ["client ip"] = "a client address", ["first name"] = "a name", ["last name"] = "a name", ["full name"] = "a name",
        ["display name"] = "a name", ["birth date"] = "a date of birth", ["national id"] = "a national id", ["tax id"] = "a tax id",
        ["account number"] = "a bank account", ["postal code"] = "an address", ["zip code"] = "an address", ["street address"] = "an address",
        ["subject id"] = "a user id", ["user principal"] = "a user name",

        // A session id names a session; it is a bearer credential only where it is the cookie value or token itself, and
        // those are caught by their source (a cookie, a header, an authentication token) or their word ("session
        // token", "session key"). OWASP asks for session ids to be logged hashed: in Sensitive operations they are.
        ["session id"] = "a session id",
    };

    /// <summary>Last words of a name that holds a URL (logged with user info dropped and query values masked).</summary>
    public static readonly HashSet<string> UrlWords = Set(
        "url", "uri", "link", "href", "urls", "uris", "links", "callback", "redirect", "referer", "referrer", "webhook", "src");

    /// <summary>Last words of a name that is an address. With an <see cref="IssuedWords"/> credential and no
    /// <see cref="PersonLinkWords"/>, the analyzers take it for the endpoint that issues the credential (<c>tokenUrl</c>).</summary>
    public static readonly HashSet<string> AddressWords = Set("url", "uri", "link", "href", "endpoint", "address");

    /// <summary>Credentials that endpoints issue: their addresses are configuration, not the credential.</summary>
    public static readonly HashSet<string> IssuedWords = Set("token", "assertion");

    /// <summary>Words of a link that carries a token to a person (<c>resetTokenLink</c>, <c>confirmationTokenUrl</c>).</summary>
    public static readonly HashSet<string> PersonLinkWords = Set(
        "reset", "confirm", "confirmation", "verify", "verification", "magic", "invite", "invitation", "activation", "password", "login", "signin");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
