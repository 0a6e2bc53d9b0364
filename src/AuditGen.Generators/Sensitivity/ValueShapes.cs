using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Sensitivity;

/// <summary>Sorts types by what their values can hold (<see cref="ValueShape"/>).</summary>
internal static class ValueShapes
{
    public static ValueShape Of(ITypeSymbol type, KnownTypes known)
    {
        type = UnwrapNullable(type);
        if (IsFact(type))
        {
            return ValueShape.Fact;
        }

        if (IsNumber(type))
        {
            return ValueShape.Number;
        }

        if (IsScalar(type))
        {
            return ValueShape.Scalar;
        }

        if (known.SecretTypes.Describe(type) is not null)
        {
            return ValueShape.Credential;
        }

        return FullName(type) switch
        {
            "global::System.Uri" => ValueShape.Url,
            _ when type is INamedTypeSymbol { IsGenericType: true } named
                && FullName(named.ConstructedFrom) == "global::System.Collections.Generic.KeyValuePair<TKey, TValue>" => ValueShape.KeyValue,
            _ => ValueShape.Object,
        };
    }

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>Values written as themselves: primitives, strings, enums and the common date, time and id structs.</summary>
    public static bool IsScalar(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        if (IsFact(type) || IsNumber(type))
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Char:
            case SpecialType.System_String:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_DateTime:
                return true;
        }

        return FullName(type) is "global::System.Guid" or "global::System.DateTimeOffset" or "global::System.TimeSpan"
            or "global::System.DateOnly" or "global::System.TimeOnly";
    }

    /// <summary>Whether the type is a number (integers, decimals, floating point).</summary>
    public static bool IsNumber(ITypeSymbol type) =>
        UnwrapNullable(type).SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single or SpecialType.System_Double;

    /// <summary>Types owned by the platform (<c>System.*</c>, <c>Microsoft.*</c>): their members are not the application's
    /// to expand with <c>[LogProperties]</c>.</summary>
    public static bool IsFrameworkType(ITypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" };
    }

    /// <summary>Booleans and enums (nullable or not): facts about data, never the data a credential or identifier is
    /// made of (<c>rememberPassword</c>, <c>TokenKind token</c>). Dates stay judged by name: a date of birth is personal data.</summary>
    public static bool IsFact(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        return type.TypeKind == TypeKind.Enum || type.SpecialType == SpecialType.System_Boolean;
    }

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
