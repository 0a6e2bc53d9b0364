using System.Collections.Generic;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Decides which parameter values enter the audit record, and how: as is, redacted, or as presence only.</summary>
internal static class ValueClassifier
{
    // The record's own keys: a parameter cannot take them over (a forged Outcome, say).
    private static readonly string[] RecordKeys = ["Operation", "Outcome", "DurationMs", "Sensitive", "{OriginalFormat}"];

    /// <summary>Classifies the logged values of <paramref name="method"/>; <paramref name="prefix"/> names the lambda
    /// parameters of deferred property reads.</summary>
    public static List<LoggedValueSpec> Classify(IMethodSymbol method, KnownTypes known, bool sensitiveOperation, string prefix)
    {
        var values = new List<LoggedValueSpec>();
        var keys = new HashSet<string>(RecordKeys, System.StringComparer.OrdinalIgnoreCase);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsExcluded(parameter, known))
            {
                continue;
            }

            string name = parameter.Name;
            bool parameterRedacted = IsMarkedSecret(parameter, known)
                || (sensitiveOperation && !KnownTypes.HasAttribute(parameter, known.LoggedAttribute));

            if (KnownTypes.HasAttribute(parameter, known.LogPropertiesAttribute) && CanLogProperties(parameter.Type))
            {
                AddProperties(values, keys, parameter, known, parameterRedacted, prefix);
                continue;
            }

            bool redacted = parameterRedacted || (IsScalar(parameter.Type) && IsSecretNamed(name, parameter.Type));

            // A dynamic argument would make the whole call dynamically bound; an interface with static abstract members
            // cannot be a type argument. Both are passed as object (a reference conversion: nothing is boxed).
            string expression = parameter.Type.TypeKind == TypeKind.Dynamic || TypeChecks.IsNotTypeArgument(parameter.Type)
                ? "(object?)" + Identifiers.Escape(name)
                : Identifiers.Escape(name);
            values.Add(Create(UniqueKey(keys, name), expression, parameter.Type, redacted, name));
        }

        return values;
    }

    /// <summary>A key no other key of the record uses, ignoring case (several log stores do): <c>Outcome</c> becomes <c>Outcome_</c>.</summary>
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        while (!keys.Add(key))
        {
            key += "_";
        }

        return key;
    }

    /// <summary>Whether <c>[LogProperties]</c> applies: a class, record or struct that is not itself a scalar.</summary>
    public static bool CanLogProperties(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        return !IsScalar(type) && type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsRefLikeType;
    }

    private static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

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
            || (type is ITypeParameterSymbol typeParameter && SignatureParser.AllowsRefLikeType(typeParameter))
            || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer
            || known.IsLogger(type)
            || KnownTypes.Is(type, known.CancellationToken)
            || KnownTypes.Is(type, known.CancellationTokenSource)
            || KnownTypes.HasAttribute(parameter, known.NotLoggedAttribute);
    }

    // Each property is read only when a provider reads the record, through a static lambda the runtime calls inside its
    // guarded write: a throwing getter costs that record, never the call.
    private static void AddProperties(List<LoggedValueSpec> values, HashSet<string> keys, IParameterSymbol parameter, KnownTypes known, bool parameterRedacted, string prefix)
    {
        string source = prefix + "v";
        ITypeSymbol objectType = UnwrapNullable(parameter.Type);
        bool conditional = !SymbolEqualityComparer.Default.Equals(objectType, parameter.Type) || !objectType.IsValueType;
        string access = source + (conditional ? "?." : ".");
        var seen = new HashSet<string>();
        for (ITypeSymbol? type = objectType; type is not null; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    || property.ExplicitInterfaceImplementations.Length > 0
                    || !IsScalar(property.Type)
                    || !seen.Add(property.Name))
                {
                    continue;
                }

                bool redacted = parameterRedacted || IsMarkedSecret(property, known) || IsSecretNamed(property.Name, property.Type);
                string expression = $"global::AuditGen.Runtime.AuditProperty.Of({Identifiers.Escape(parameter.Name)}, static {source} => {access}{Identifiers.Escape(property.Name)})";
                values.Add(Create(UniqueKey(keys, parameter.Name + "." + property.Name), expression, property.Type, redacted, string.Empty));
            }
        }
    }

    private static LoggedValueSpec Create(string key, string expression, ITypeSymbol type, bool redacted, string parameter) =>
        new(key, expression, redacted ? LoggedValueMode.Redacted : IsScalar(type) ? LoggedValueMode.Plain : LoggedValueMode.Presence, parameter);

    private static bool IsMarkedSecret(ISymbol symbol, KnownTypes known) =>
        KnownTypes.HasAttribute(symbol, known.SensitiveAttribute) || known.HasDataClassification(symbol);

    // A bool cannot carry a secret, whatever it is called (rememberPassword, tokenExpired).
    private static bool IsSecretNamed(string name, ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_Boolean && SecretNames.IsSecret(name);
}
