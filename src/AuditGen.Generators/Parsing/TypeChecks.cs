using System.Linq;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Walks a type and its parts (array elements, type arguments, containing types) for properties that stop generation.</summary>
internal static class TypeChecks
{
    /// <summary>The first file-local type in the type, which a generated file cannot name; or <see langword="null"/>.</summary>
    public static ITypeSymbol? FindFileLocal(ITypeSymbol type)
    {
        ITypeSymbol? found = null;
        Any(type, t =>
        {
            if (t is INamedTypeSymbol named && IsInFileLocalType(named))
            {
                found = t;
                return true;
            }

            return false;
        });
        return found;
    }

    /// <summary>Whether the type is an interface with static abstract or virtual members, which cannot be a type
    /// argument (CS8920), so it cannot be handed to the runtime's generic helpers as itself.</summary>
    public static bool IsNotTypeArgument(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named
        && named.AllInterfaces.Add(named).Any(i => i.GetMembers().Any(m => m.IsStatic && (m.IsAbstract || m.IsVirtual)));

    /// <summary>Whether the type or one of its containing types is declared <c>file</c>.</summary>
    public static bool IsInFileLocalType(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether reading the member from generated code would be an error the user cannot fix there: it is
    /// <c>[Obsolete(..., error: true)]</c>, or it or its type is <c>[Experimental]</c> (its diagnostic id is an error by
    /// default). Such a member is not logged.</summary>
    public static bool IsUnusable(IPropertySymbol property) =>
        IsErrorOrExperimental(property) || IsErrorOrExperimental(property.ContainingType) || Any(property.Type, t => IsErrorOrExperimental(t));

    private static bool IsErrorOrExperimental(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            if (name == ExperimentalIds.ExperimentalAttribute
                || (name == "System.ObsoleteAttribute" && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(ITypeSymbol type, System.Func<ITypeSymbol, bool> predicate) => predicate(type) || type switch
    {
        IArrayTypeSymbol array => Any(array.ElementType, predicate),
        IPointerTypeSymbol pointer => Any(pointer.PointedAtType, predicate),
        INamedTypeSymbol named => named.TypeArguments.Any(t => Any(t, predicate)) || (named.ContainingType is { } outer && Any(outer, predicate)),
        _ => false,
    };
}
