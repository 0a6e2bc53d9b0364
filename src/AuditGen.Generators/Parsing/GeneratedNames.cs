using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>
/// Chooses the prefix of the identifiers a wrapper adds. A user can write any identifier, even <c>__ag_call</c>, so the
/// prefix is not fixed: it is the first of <c>__ag_</c>, <c>__ag1_</c>, <c>__ag2_</c>… that no member of the type (or
/// of its base types) and no parameter or type parameter of the method starts with. Two prefixes never produce the same
/// name, since they differ before their first underscore.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The prefix of the identifiers a wrapper adds inside the method: locals and lambda parameters.</summary>
    public static string PrefixFor(IMethodSymbol method)
    {
        HashSet<string> names = MemberNames(method.ContainingType);

        for (INamedTypeSymbol? outer = method.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            names.UnionWith(outer.TypeParameters.Select(t => t.Name));
        }

        names.UnionWith(method.Parameters.Select(p => p.Name));
        names.UnionWith(method.TypeParameters.Select(t => t.Name));
        return FirstFree(names);
    }

    /// <summary>The prefix of the members the generator adds to a type; they are always reached through the type's
    /// full name, so only the type's own and inherited members matter.</summary>
    public static string PrefixForType(INamedTypeSymbol type)
    {
        HashSet<string> names = MemberNames(type);
        for (INamedTypeSymbol? outer = type; outer is not null; outer = outer.ContainingType)
        {
            names.UnionWith(outer.TypeParameters.Select(t => t.Name));
        }

        return FirstFree(names);
    }

    private static HashSet<string> MemberNames(INamedTypeSymbol containingType)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        for (INamedTypeSymbol? type = containingType; type is not null; type = type.BaseType)
        {
            names.UnionWith(type.MemberNames);
        }

        return names;
    }

    private static string FirstFree(HashSet<string> names)
    {
        for (int attempt = 0; ; attempt++)
        {
            string prefix = attempt == 0 ? "__ag_" : "__ag" + attempt.ToString(CultureInfo.InvariantCulture) + "_";
            if (!names.Any(n => n.StartsWith(prefix, System.StringComparison.Ordinal)))
            {
                return prefix;
            }
        }
    }
}
