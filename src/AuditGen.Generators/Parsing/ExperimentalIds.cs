using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>
/// The diagnostic ids of the <c>[Experimental]</c> APIs an audited method's signature uses. The user opted into them
/// (with a <c>#pragma</c> or <c>NoWarn</c>) where they declared the method; the implementing part must repeat the
/// signature in a file they cannot edit, so it suppresses exactly those ids there instead of failing the build.
/// </summary>
internal static class ExperimentalIds
{
    public const string ExperimentalAttribute = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";

    public static EquatableArray<string> For(IMethodSymbol method)
    {
        var ids = new SortedSet<string>(System.StringComparer.Ordinal);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        Add(ids, method);
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            Add(ids, type);
        }

        AddType(ids, seen, method.ReturnType);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            AddType(ids, seen, parameter.Type);
        }

        foreach (ITypeParameterSymbol typeParameter in method.TypeParameters)
        {
            foreach (ITypeSymbol constraint in typeParameter.ConstraintTypes)
            {
                AddType(ids, seen, constraint);
            }
        }

        return ids.ToEquatableArray();
    }

    private static void AddType(SortedSet<string> ids, HashSet<ISymbol> seen, ITypeSymbol type)
    {
        if (!seen.Add(type))
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                AddType(ids, seen, array.ElementType);
                return;
            case IPointerTypeSymbol pointer:
                AddType(ids, seen, pointer.PointedAtType);
                return;
            case INamedTypeSymbol named:
                for (INamedTypeSymbol? current = named; current is not null; current = current.ContainingType)
                {
                    Add(ids, current.OriginalDefinition);
                }

                Add(ids, named.ContainingAssembly);
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    AddType(ids, seen, argument);
                }

                return;
        }
    }

    private static void Add(SortedSet<string> ids, ISymbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            // Only ids a #pragma can name: letters, digits and underscores.
            if (attribute.AttributeClass?.ToDisplayString() == ExperimentalAttribute
                && attribute.ConstructorArguments.FirstOrDefault().Value is string { Length: > 0 } id
                && id.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                ids.Add(id);
            }
        }
    }
}
