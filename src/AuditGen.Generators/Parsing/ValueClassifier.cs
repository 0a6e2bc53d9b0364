using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Decides which parameter values enter the audit record, and gathers the facts the sensitivity policy judges
/// them by (their modes start with the built-in policy; <see cref="SensitivityApplier"/> applies the configured one).</summary>
internal static class ValueClassifier
{
    // The record's own keys in every key profile: a parameter cannot take them over (a forged Outcome, say), whichever
    // profile the project builds with.
    private static readonly string[] RecordKeys = [.. RecordKeyNames.Default.Reserved(), .. RecordKeyNames.OpenTelemetry.Reserved()];

    /// <summary>Classifies the logged values of <paramref name="method"/>; <paramref name="prefix"/> names the lambda
    /// parameters of deferred property reads.</summary>
    public static List<LoggedValueSpec> Classify(IMethodSymbol method, KnownTypes known, bool sensitiveOperation, string prefix)
    {
        var values = new List<LoggedValueSpec>();
        var keys = new HashSet<string>(RecordKeys, System.StringComparer.OrdinalIgnoreCase);
        List<AuditRoles.Verdict> roles = AuditRoles.Judge(method, known);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsExcluded(parameter, known))
            {
                continue;
            }

            string name = parameter.Name;
            // The actor and target are what the record is about: holding a role lifts Sensitive as [Logged] does.
            ValueRole role = AuditRoles.RoleOf(parameter, roles);
            bool logged = KnownTypes.HasAttribute(parameter, known.LoggedAttribute) || role != ValueRole.None;
            ValueShape shape = ValueShapes.Of(parameter.Type, known);
            if (IsExpanded(parameter, known))
            {
                AddProperties(values, keys, parameter, known, sensitiveOperation, logged, prefix);
                continue;
            }

            // A dynamic argument would make the whole call dynamically bound; an interface with static abstract members
            // cannot be a type argument. Both are passed as object (a reference conversion: nothing is boxed).
            string expression = parameter.Type.TypeKind == TypeKind.Dynamic || TypeChecks.IsNotTypeArgument(parameter.Type)
                ? "(object?)" + Identifiers.Escape(name)
                : Identifiers.Escape(name);
            var facts = ValueMarkings.Facts(parameter, null, shape, known, logged, sensitiveOperation);
            values.Add(Create(UniqueKey(keys, name), expression, name, facts) with { Role = role });
        }

        return values;
    }

    /// <summary>Whether <c>[LogProperties]</c> expands the parameter into one value per property.</summary>
    public static bool IsExpanded(IParameterSymbol parameter, KnownTypes known) =>
        KnownTypes.HasAttribute(parameter, known.LogPropertiesAttribute)
        && ValueShapes.Of(parameter.Type, known) == ValueShape.Object
        && CanLogProperties(parameter.Type);

    /// <summary>A key no other key of the record uses, ignoring case (several log stores do): <c>Outcome</c> becomes <c>Outcome_</c>.</summary>
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        while (!keys.Add(key))
        {
            key += "_";
        }

        return key;
    }

    /// <summary>Whether <c>[LogProperties]</c> applies: a class, record or struct of the application (framework types
    /// are never expanded: a <c>Uri</c>'s user info or a header's value would be logged raw).</summary>
    public static bool CanLogProperties(ITypeSymbol type)
    {
        type = ValueShapes.UnwrapNullable(type);
        return !ValueShapes.IsScalar(type)
            && type.TypeKind is TypeKind.Class or TypeKind.Struct
            && !type.IsRefLikeType
            && !ValueShapes.IsFrameworkType(type);
    }

    /// <summary>Whether the parameter never enters the record (out, ref struct, pointer, logger, cancellation, [NotLogged]).</summary>
    public static bool IsExcluded(IParameterSymbol parameter, KnownTypes known)
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
    // guarded write: a throwing getter costs that record, never the call. A property inherits its parameter's
    // sensitivity (a member of `token` is a secret) and is also judged by its own name, type and attributes.
    private static void AddProperties(List<LoggedValueSpec> values, HashSet<string> keys, IParameterSymbol parameter, KnownTypes known, bool sensitiveOperation, bool logged, string prefix)
    {
        string source = prefix + "v";
        ITypeSymbol objectType = ValueShapes.UnwrapNullable(parameter.Type);
        bool conditional = !SymbolEqualityComparer.Default.Equals(objectType, parameter.Type) || !objectType.IsValueType;
        string access = source + (conditional ? "?." : ".");
        var seen = new HashSet<string>();
        for (ITypeSymbol? type = objectType; type is not null; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    || property.ExplicitInterfaceImplementations.Length > 0
                    || KnownTypes.HasAttribute(property, known.NotLoggedAttribute)
                    || TypeChecks.IsUnusable(property)
                    || !seen.Add(property.Name))
                {
                    continue;
                }

                // Nested objects are never expanded nor written through ToString(): scalars, URLs, pairs and credentials only.
                ValueShape shape = ValueShapes.Of(property.Type, known);
                if (shape == ValueShape.Object)
                {
                    continue;
                }

                var facts = ValueMarkings.Facts(property, parameter, shape, known, logged, sensitiveOperation) with { Container = parameter.Name, ContainerTypes = TypeNames(objectType) };
                string expression = $"global::AuditGen.Runtime.AuditProperty.Of({Identifiers.Escape(parameter.Name)}, static {source} => {access}{Identifiers.Escape(property.Name)})";
                values.Add(Create(UniqueKey(keys, parameter.Name + "." + property.Name), expression, string.Empty, facts));
            }
        }
    }

    private static EquatableArray<string> TypeNames(ITypeSymbol type)
    {
        var names = new List<string>();
        for (ITypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            names.Add(current.Name);
        }

        return names.ToEquatableArray();
    }

    private static LoggedValueSpec Create(string key, string expression, string parameter, ValueFacts facts)
    {
        (LoggedValueMode mode, string? detail) = SensitivityPolicy.Default.Judge(facts);
        return new LoggedValueSpec(key, expression, mode, parameter, facts, detail);
    }
}
