using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets.Rules;

/// <summary>What a called member does to a secret.</summary>
internal enum MemberRole
{
    /// <summary>Nothing known: the detector follows it no further (a same-file helper's body aside).</summary>
    Unknown,

    /// <summary>Its result is a secret (the catalog row says which).</summary>
    Source,

    /// <summary>Its result carries its input or instance through.</summary>
    PassThrough,

    /// <summary>Its result is safe to log whatever its input.</summary>
    Barrier,

    /// <summary>It writes its argument's members out.</summary>
    Serializer,

    /// <summary>It returns a value by key: a source when the key names a secret.</summary>
    KeyedGetter,
}

/// <summary>
/// Answers the detector's questions about a called member: the catalog (<see cref="SecretRuleCatalog"/>) decides when
/// it names the member; otherwise the name patterns of <see cref="NameFallback"/> do.
/// </summary>
internal static class SecretRules
{
    private static readonly Dictionary<string, List<(MemberRule Rule, MemberRole Role)>> ByMember = Index();

    /// <summary>The role of a called method (reduced extension methods are judged as their static definition).</summary>
    public static MemberRole RoleOf(IMethodSymbol method) => RoleOf(method, out _);

    /// <inheritdoc cref="RoleOf(IMethodSymbol)"/>
    /// <param name="method">The method.</param>
    /// <param name="description">For a source, what it returns.</param>
    public static MemberRole RoleOf(IMethodSymbol method, out string? description)
    {
        IMethodSymbol definition = method.ReducedFrom ?? method;
        if (FromCatalog(definition.Name, definition.ContainingType, out description) is { } role)
        {
            return role;
        }

        // Fallback by name. Revealing names first: a Decrypt method is no barrier even on an EncryptionService.
        if (!method.ReturnsVoid && NameFallback.IsRevealingName(method.Name))
        {
            description = SecretRuleCatalog.DecryptedData;
            return MemberRole.Source;
        }

        if (NameFallback.ContainsSanitizingWord(method.Name) || NameFallback.ContainsSanitizingWord(method.ContainingType?.Name)
            || method.ReturnType.SpecialType == SpecialType.System_Boolean || method.Name is "GetHashCode" or "CompareTo" or "IndexOf" or "LastIndexOf")
        {
            return MemberRole.Barrier;
        }

        if (NameFallback.SerializerMethods.Contains(method.Name))
        {
            return MemberRole.Serializer;
        }

        // String's own pass-through methods are all in the catalog; its other methods (IndexOf, CompareTo) measure.
        if (method.ContainingType?.SpecialType != SpecialType.System_String && NameFallback.PassThroughMethods.Contains(method.Name))
        {
            return MemberRole.PassThrough;
        }

        return NameFallback.IsKeyedGetterName(method.Name) ? MemberRole.KeyedGetter : MemberRole.Unknown;
    }

    /// <summary>The role of a property read: a catalog source or barrier, or a measure by name.</summary>
    public static MemberRole RoleOf(IPropertySymbol property, out string? description)
    {
        if (FromCatalog(property.Name, property.ContainingType, out description) is { } role)
        {
            return role;
        }

        return NameFallback.Measures.Contains(property.Name) ? MemberRole.Barrier : MemberRole.Unknown;
    }

    /// <summary>Whether the property's name says nothing by itself (<c>token.Value</c>): the instance names the secret.</summary>
    public static bool IsGenericValueProperty(string propertyName) => NameFallback.GenericValueProperties.Contains(propertyName);

    private static MemberRole? FromCatalog(string member, INamedTypeSymbol? type, out string? description)
    {
        description = null;
        if (type is null || !ByMember.TryGetValue(member, out List<(MemberRule Rule, MemberRole Role)>? rules))
        {
            return null;
        }

        foreach ((MemberRule rule, MemberRole role) in rules)
        {
            if (rule.AppliesTo(type))
            {
                description = rule.Description;
                return role;
            }
        }

        return null;
    }

    // Barriers first: where a type could match two tables (a base type's member), hiding wins.
    private static Dictionary<string, List<(MemberRule, MemberRole)>> Index()
    {
        var index = new Dictionary<string, List<(MemberRule, MemberRole)>>(StringComparer.Ordinal);
        Add(index, SecretRuleCatalog.Barriers, MemberRole.Barrier);
        Add(index, SecretRuleCatalog.Sources, MemberRole.Source);
        Add(index, SecretRuleCatalog.Serializers, MemberRole.Serializer);
        Add(index, SecretRuleCatalog.PassThrough, MemberRole.PassThrough);
        Add(index, SecretRuleCatalog.KeyedGetters, MemberRole.KeyedGetter);
        return index;
    }

    private static void Add(Dictionary<string, List<(MemberRule, MemberRole)>> index, MemberRule[] rules, MemberRole role)
    {
        foreach (MemberRule rule in rules)
        {
            if (!index.TryGetValue(rule.Member, out List<(MemberRule, MemberRole)>? list))
            {
                index[rule.Member] = list = [];
            }

            list.Add((rule, role));
        }
    }
}
