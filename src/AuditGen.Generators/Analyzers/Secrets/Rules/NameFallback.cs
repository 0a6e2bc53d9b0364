using System;
using System.Collections.Generic;
using System.Linq;

namespace AuditGen.Generators.Analyzers.Secrets.Rules;

/// <summary>
/// The documented fallback for members no catalog table names (a team's own <c>HashService</c>, <c>TokenProtector</c>,
/// a third-party JSON helper): name patterns only. Each list is the fallback for one catalog table; docs/secret-detection.md
/// lists them too.
/// </summary>
internal static class NameFallback
{
    /// <summary>A method whose own or declaring type's name holds one of these hides its input (barrier).</summary>
    public static readonly string[] SanitizingWords =
        ["Hash", "Hmac", "HMAC", "Redact", "Mask", "Encrypt", "Protect", "Sha256", "SHA256", "Sha512", "Fingerprint", "Obfuscate", "Anonymi"];

    /// <summary>A method whose name starts with one of these turns protected data back into the secret (source), whatever
    /// its type is called: an EncryptionService's <c>Decrypt</c> is no barrier.</summary>
    public static readonly string[] RevealingPrefixes = ["Decrypt", "Unprotect", "Unseal", "Reveal", "Unmask"];

    /// <summary>Methods of any type that carry their input through (pass-through).</summary>
    public static readonly HashSet<string> PassThroughMethods = new(StringComparer.Ordinal)
    {
        "ToString", "ToBase64String", "FromBase64String", "ToHexString", "ToHexStringLower", "GetString", "GetBytes", "EscapeDataString", "EscapeUriString",
        "UrlEncode", "UrlDecode", "HtmlEncode", "Append", "AppendFormat", "AppendLine", "Parse", "ToArray", "First",
        "FirstOrDefault", "Single", "SingleOrDefault", "Last", "ElementAt", "GetValueOrDefault", "TryGetValue", "Value",
        "Select", "SelectMany", "Where", "ToList", "ToDictionary", "ToHashSet", "Take", "TakeLast", "Skip", "OrderBy",
        "AsEnumerable", "Cast", "OfType", "Aggregate", "DefaultIfEmpty", "Reverse", "Distinct",
    };

    /// <summary>Methods of any type that serialize their argument.</summary>
    public static readonly HashSet<string> SerializerMethods = new(StringComparer.Ordinal)
    {
        "Serialize", "SerializeObject", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "ToJson", "ToJsonString",
    };

    /// <summary>Method-name prefixes of getters by key (keyed getter).</summary>
    public static readonly string[] KeyedGetterPrefixes = ["Get", "Read", "Load", "Fetch"];

    /// <summary>Properties of any type that measure rather than hold (barrier).</summary>
    public static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "Length", "Count", "LongLength", "IsEmpty", "HasValue", "Kind", "Scheme", "Expires", "ExpiresUtc", "IssuedUtc",
    };

    /// <summary>Properties whose name says nothing by itself: the instance names the secret (<c>card.Number</c>,
    /// <c>token.Value</c>, <c>otp.Code</c>).</summary>
    public static readonly HashSet<string> GenericValueProperties = new(StringComparer.Ordinal)
    {
        "Value", "Number", "Code", "Text", "Data", "Raw", "RawValue", "Key", "Content", "PlainText", "String", "Parameter",
        "Result",
    };

    public static bool IsRevealingName(string methodName) =>
        RevealingPrefixes.Any(prefix => methodName.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Whether a method's name alone says it hides its input: for reading a <c>ToString()</c> body by syntax.</summary>
    public static bool IsSanitizingName(string methodName) =>
        !IsRevealingName(methodName) && ContainsSanitizingWord(methodName);

    public static bool ContainsSanitizingWord(string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (string word in SanitizingWords)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsKeyedGetterName(string methodName) =>
        KeyedGetterPrefixes.Any(prefix => methodName.StartsWith(prefix, StringComparison.Ordinal));
}
