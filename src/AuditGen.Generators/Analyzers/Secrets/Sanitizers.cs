using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Calls after which a secret is no longer a secret, and calls that carry it through unchanged.</summary>
internal static class Sanitizers
{
    private static readonly string[] SanitizingWords =
        ["Hash", "Hmac", "HMAC", "Redact", "Mask", "Encrypt", "Protect", "Sha256", "SHA256", "Sha512", "Fingerprint", "Obfuscate", "Anonymi"];

    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "Length", "Count", "LongLength", "IsEmpty", "HasValue", "Kind", "Scheme", "Expires", "ExpiresUtc", "IssuedUtc",
    };

    private static readonly HashSet<string> PassThroughStringMethods = new(StringComparer.Ordinal)
    {
        "Format", "Concat", "Join", "ToUpper", "ToUpperInvariant", "ToLower", "ToLowerInvariant", "Trim", "TrimStart",
        "TrimEnd", "Substring", "Replace", "PadLeft", "PadRight", "Insert", "Remove", "Normalize", "ToString", "Split",
        "AsSpan", "ToCharArray", "Create", "Copy", "Clone",
    };

    private static readonly HashSet<string> PassThroughMethods = new(StringComparer.Ordinal)
    {
        "ToString", "ToBase64String", "FromBase64String", "ToHexString", "ToHexStringLower", "GetString", "GetBytes", "EscapeDataString", "EscapeUriString",
        "UrlEncode", "UrlDecode", "HtmlEncode", "Append", "AppendFormat", "AppendLine", "Parse", "ToArray", "First",
        "FirstOrDefault", "Single", "SingleOrDefault", "Last", "ElementAt", "GetValueOrDefault", "TryGetValue", "Value",
        "Select", "SelectMany", "Where", "ToList", "ToDictionary", "ToHashSet", "Take", "TakeLast", "Skip", "OrderBy",
        "AsEnumerable", "Cast", "OfType", "Aggregate", "DefaultIfEmpty", "Reverse", "Distinct",
    };

    private static readonly HashSet<string> Serializers = new(StringComparer.Ordinal)
    {
        "Serialize", "SerializeObject", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "ToJson", "ToJsonString",
    };

    // A property whose name says nothing by itself: the instance names the secret (card.Number, token.Value, otp.Code).
    private static readonly HashSet<string> GenericValueProperties = new(StringComparer.Ordinal)
    {
        "Value", "Number", "Code", "Text", "Data", "Raw", "RawValue", "Key", "Content", "PlainText", "String", "Parameter",
        "Result",
    };

    // Methods that turn protected data back into the secret: their output is a secret, whatever their type is called
    // (an EncryptionService's Decrypt is no sanitizer).
    private static readonly string[] RevealingPrefixes = ["Decrypt", "Unprotect", "Unseal", "Reveal", "Unmask"];

    /// <summary>Whether the method reveals protected data: <c>Decrypt</c>, <c>Unprotect</c>, <c>Unseal</c>…</summary>
    public static bool IsRevealing(IMethodSymbol method) =>
        !method.ReturnsVoid && RevealingPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Whether a method's name alone says it hides its input (<c>Redact</c>, <c>Mask</c>, <c>Hash</c>…): for
    /// reading a <c>ToString()</c> body by syntax.</summary>
    public static bool IsSanitizingName(string methodName) =>
        !RevealingPrefixes.Any(prefix => methodName.StartsWith(prefix, StringComparison.Ordinal))
        && SanitizingWords.Any(word => methodName.IndexOf(word, StringComparison.Ordinal) >= 0);

    public static bool IsSanitizer(IMethodSymbol method)
    {
        if (IsRevealing(method))
        {
            return false;
        }

        foreach (string word in SanitizingWords)
        {
            if (method.Name.IndexOf(word, StringComparison.Ordinal) >= 0 || method.ContainingType?.Name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return method.ReturnType.SpecialType == SpecialType.System_Boolean || method.Name is "GetHashCode" or "CompareTo" or "IndexOf" or "LastIndexOf";
    }

    public static bool IsMeasure(string propertyName) => Measures.Contains(propertyName);

    /// <summary>Whether the method writes its argument's members out (JSON serializers): as good as destructuring.</summary>
    public static bool IsSerializer(IMethodSymbol method) => Serializers.Contains(method.Name);

    public static bool IsGenericValueProperty(string propertyName) => GenericValueProperties.Contains(propertyName);

    /// <summary>Getters that read configuration or environment by key: <c>GetEnvironmentVariable("DB_PASSWORD")</c>, <c>GetValue&lt;string&gt;("Jwt:Key")</c>.</summary>
    public static bool IsKeyedGetter(IMethodSymbol method) =>
        method.Name.StartsWith("Get", StringComparison.Ordinal) || method.Name.StartsWith("Read", StringComparison.Ordinal)
        || method.Name.StartsWith("Load", StringComparison.Ordinal) || method.Name.StartsWith("Fetch", StringComparison.Ordinal);

    public static bool IsPassThrough(IMethodSymbol method) =>
        method.ContainingType?.SpecialType == SpecialType.System_String
            ? PassThroughStringMethods.Contains(method.Name)
            : PassThroughMethods.Contains(method.Name);
}
