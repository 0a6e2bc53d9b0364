using AuditGen.Generators.Analyzers.Secrets.Rules;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// When a name speaks for a value. A log writes text, numbers and collections as what they hold, so their names say what
/// reaches the log (<c>string resetToken</c>, <c>int pin</c>, <c>string[] apiKeys</c>). Any other object is written as its
/// <c>ToString()</c> prints it (a <c>SecurityKey</c> prints its kind and id, an options class its type name), so its name
/// does not: what it prints does (<see cref="SecretDetector.FromMembers"/>), or its type (credential types).
/// </summary>
internal static class PrintedValues
{
    // Framework types whose ToString() is their content.
    private static readonly string[] TextHolders =
    [
        "System.Text.StringBuilder", "System.Uri", "System.ReadOnlyMemory`1", "System.Memory`1", "System.ReadOnlySpan`1", "System.Span`1",
        "Microsoft.Extensions.Primitives.StringValues", "Microsoft.Extensions.Primitives.StringSegment", "System.Text.Json.JsonElement",
        "System.Text.Json.Nodes.JsonNode", "System.Text.Json.JsonDocument", "Newtonsoft.Json.Linq.JToken", "System.Xml.Linq.XNode",
        "System.Security.Claims.Claim",
    ];

    /// <summary>Whether a value of this type is written as what it holds, so that its name says what the log gets.</summary>
    public static bool NameSpeaksFor(ITypeSymbol type)
    {
        type = ValueShapes.UnwrapNullable(type);
        if (ValueShapes.IsScalar(type) || type.SpecialType == SpecialType.System_Object
            || type is IArrayTypeSymbol or ITypeParameterSymbol or IDynamicTypeSymbol or IErrorTypeSymbol
            || type.TypeKind is TypeKind.Interface or TypeKind.Delegate
            || ObjectMembers.ElementType(type) is not null)
        {
            return true;
        }

        foreach (string holder in TextHolders)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (MemberRule.IsNamed(current.OriginalDefinition, holder))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Names that real code mostly uses for something else than the secret they spell, so that the analyzers do not take
    /// them as evidence (the generator, which fails closed, still does):
    /// <list type="bullet">
    /// <item>a key that is not bytes and not named by its kind (<c>key</c>, <c>taskKey</c>, <c>ownerKey</c>): cache,
    /// dictionary and store keys; key material is bytes, or named <c>signingKey</c>, <c>apiKey</c>;</item>
    /// <item>a number (or an object) named just <c>code</c>: a status or exit code (a numeric one-time code is named
    /// <c>otp</c>, <c>pin</c>);</item>
    /// <item>a URL named after a token or assertion (<c>tokenUrl</c>, <c>tokenExchangeUrl</c>, <c>signedAssertionUri</c>):
    /// the endpoint that issues it; a password-reset or confirmation link still counts, it carries the token.</item>
    /// </list>
    /// </summary>
    public static bool IsNotEvidence(string name, ITypeSymbol type, string label)
    {
        type = ValueShapes.UnwrapNullable(type);
        if (NameRules.IsUnpairedKey(name))
        {
            return !IsBytes(type);
        }

        if (NameRules.IsBareContextWord(name) && name.Trim('_').StartsWith("code", System.StringComparison.OrdinalIgnoreCase))
        {
            // A one-time code is text; a code typed as a number or as object (a boxed error code) is a status.
            return ValueShapes.IsNumber(type) || type.SpecialType == SpecialType.System_Object;
        }

        return NameRules.IsIssuerEndpoint(name);
    }

    /// <summary>Whether the type is bytes (<c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>, <c>List&lt;byte&gt;</c>): key material.</summary>
    public static bool IsBytes(ITypeSymbol type) =>
        type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
        || (type is INamedTypeSymbol { Arity: 1 } generic && generic.TypeArguments[0].SpecialType == SpecialType.System_Byte);
}
