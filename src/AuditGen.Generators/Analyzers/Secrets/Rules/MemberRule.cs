using System;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets.Rules;

/// <summary>One catalog entry: a member of a type named by its full metadata name (<c>System.Convert</c>,
/// <c>Microsoft.AspNetCore.Identity.UserManager`1</c>), and what it yields when it is a source.</summary>
/// <param name="Type">The full metadata name of the declaring type (or a base type or interface of it).</param>
/// <param name="Member">The member's name.</param>
/// <param name="Description">For sources: what the member returns, e.g. <c>a token</c>.</param>
internal sealed record MemberRule(string Type, string Member, string? Description = null)
{
    /// <summary>Whether <paramref name="type"/>, a base type of it or an interface it implements is this rule's type.
    /// Matched name by name from the end, so no symbol is resolved and nothing is allocated.</summary>
    public bool AppliesTo(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (IsNamed(current.OriginalDefinition, Type))
            {
                return true;
            }
        }

        if (type is not null && type.TypeKind != TypeKind.Interface)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (IsNamed(implemented.OriginalDefinition, Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the type's namespace-qualified metadata name is <paramref name="fullName"/>.</summary>
    public static bool IsNamed(ISymbol type, string fullName)
    {
        int end = fullName.Length;
        ISymbol? current = type;
        while (current is not null and not INamespaceSymbol { IsGlobalNamespace: true })
        {
            string part = current is INamedTypeSymbol named ? named.MetadataName : current.Name;
            int start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, part, 0, part.Length) != 0)
            {
                return false;
            }

            end = start;
            current = current.ContainingSymbol;
            if (current is not null and not INamespaceSymbol { IsGlobalNamespace: true })
            {
                if (end == 0 || fullName[end - 1] != (current is INamedTypeSymbol ? '+' : '.'))
                {
                    return false;
                }

                end--;
            }
        }

        return end == 0;
    }

    /// <summary>Compares member names ordinally (the catalog's index key).</summary>
    public static StringComparer MemberComparer => StringComparer.Ordinal;
}
