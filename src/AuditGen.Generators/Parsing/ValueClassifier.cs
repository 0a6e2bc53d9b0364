using System.Collections.Generic;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Decides which parameter values enter the audit record, and how: as is, redacted, or as presence only.</summary>
internal static class ValueClassifier
{
    private static readonly SymbolDisplayFormat FieldTypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private const string RedactedFieldType = "string";

    public static List<LoggedValueSpec> Classify(IMethodSymbol method, KnownTypes known, bool sensitiveOperation)
    {
        var values = new List<LoggedValueSpec>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsExcluded(parameter, known))
            {
                continue;
            }

            string name = parameter.Name;
            string expression = Identifiers.Escape(name);
            bool parameterRedacted = IsMarkedSecret(parameter, known)
                || (sensitiveOperation && !KnownTypes.HasAttribute(parameter, known.LoggedAttribute));

            if (KnownTypes.HasAttribute(parameter, known.LogPropertiesAttribute) && CanLogProperties(parameter.Type))
            {
                AddProperties(values, parameter, known, parameterRedacted);
                continue;
            }

            bool redacted = parameterRedacted || (IsScalar(parameter.Type) && IsSecretNamed(name, parameter.Type));
            values.Add(Create(expression, name, expression, parameter.Type, redacted));
        }

        return values;
    }

    /// <summary>Whether <c>[LogProperties]</c> applies: a class, record or struct that is not itself a scalar.</summary>
    public static bool CanLogProperties(ITypeSymbol type) =>
        !IsScalar(type) && type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsRefLikeType;

    /// <summary>Values written as themselves: primitives, strings, enums and the common date, time and id structs.</summary>
    public static bool IsScalar(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_DateTime:
                return true;
        }

        string name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return name is "global::System.Guid" or "global::System.DateTimeOffset" or "global::System.TimeSpan"
            or "global::System.DateOnly" or "global::System.TimeOnly";
    }

    private static bool IsExcluded(IParameterSymbol parameter, KnownTypes known)
    {
        ITypeSymbol type = parameter.Type;
        return parameter.RefKind == RefKind.Out
            || type.IsRefLikeType
            || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer
            || known.IsLogger(type)
            || KnownTypes.Is(type, known.CancellationToken)
            || KnownTypes.Is(type, known.CancellationTokenSource)
            || KnownTypes.HasAttribute(parameter, known.NotLoggedAttribute);
    }

    private static void AddProperties(List<LoggedValueSpec> values, IParameterSymbol parameter, KnownTypes known, bool parameterRedacted)
    {
        string access = Identifiers.Escape(parameter.Name) + (parameter.Type.IsValueType ? "." : "?.");
        bool lifted = !parameter.Type.IsValueType;
        var seen = new HashSet<string>();
        for (ITypeSymbol? type = parameter.Type; type is not null; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    || !IsScalar(property.Type)
                    || !seen.Add(property.Name))
                {
                    continue;
                }

                bool redacted = parameterRedacted || IsMarkedSecret(property, known) || IsSecretNamed(property.Name, property.Type);
                ITypeSymbol valueType = lifted && property.Type.IsValueType && property.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                    ? MakeNullable(property.Type, known)
                    : property.Type;
                values.Add(Create(Identifiers.Escape(parameter.Name), parameter.Name + "." + property.Name, access + Identifiers.Escape(property.Name), valueType, redacted));
            }
        }
    }

    private static LoggedValueSpec Create(string parameter, string key, string expression, ITypeSymbol type, bool redacted)
    {
        if (redacted)
        {
            return new LoggedValueSpec(parameter, key, expression, RedactedFieldType, LoggedValueMode.Redacted);
        }

        return IsScalar(type)
            ? new LoggedValueSpec(parameter, key, expression, FieldType(type), LoggedValueMode.Plain)
            : new LoggedValueSpec(parameter, key, expression, "string?", LoggedValueMode.Presence);
    }

    private static string FieldType(ITypeSymbol type) =>
        type.IsReferenceType
            ? type.WithNullableAnnotation(NullableAnnotation.Annotated).ToDisplayString(FieldTypeFormat)
            : type.ToDisplayString(FieldTypeFormat);

    private static ITypeSymbol MakeNullable(ITypeSymbol valueType, KnownTypes known) =>
        known.Nullable is { } nullable ? nullable.Construct(valueType) : valueType;

    private static bool IsMarkedSecret(ISymbol symbol, KnownTypes known) =>
        KnownTypes.HasAttribute(symbol, known.SensitiveAttribute) || known.HasDataClassification(symbol);

    // A bool cannot carry a secret, whatever it is called (rememberPassword, tokenExpired).
    private static bool IsSecretNamed(string name, ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_Boolean && SecretNames.IsSecret(name);
}
