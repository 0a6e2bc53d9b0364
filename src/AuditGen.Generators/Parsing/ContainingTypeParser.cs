using System.Collections.Generic;
using System.Linq;
using System.Text;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Describes the type that declares audited methods: namespace, containing types, hint name and logger category.</summary>
internal static class ContainingTypeParser
{
    public static ContainingTypeSpec Parse(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return new ContainingTypeSpec(
            HintName: HintName(type),
            Namespace: ns,
            Types: chain.Select(Declaration).ToEquatableArray(),
            MetadataName: MetadataName(type),
            LoggerCategory: string.Join(".", chain.Select(t => t.Name).Prepend(ns).Where(part => part.Length > 0)));
    }

    private static TypeDeclarationSpec Declaration(INamedTypeSymbol type)
    {
        string keyword = (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (false, TypeKind.Struct) => "struct",
            (false, TypeKind.Interface) => "interface",
            _ => "class",
        };
        string modifiers = type.TypeKind == TypeKind.Struct
            ? (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRefLikeType ? "ref " : string.Empty)
            : string.Empty;

        return new TypeDeclarationSpec(modifiers, keyword, Identifiers.Escape(type.Name) + SignatureParser.TypeParameterList(type.TypeParameters));
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = new StringBuilder();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            name.Insert(0, current.ContainingType is null ? current.MetadataName : "+" + current.MetadataName);
        }

        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            name.Insert(0, ns.ToDisplayString() + ".");
        }

        return name.ToString();
    }

    /// <summary>From the metadata name (<c>Shop.Outer+Inner`1</c>), made file-system safe. Distinct types can still
    /// meet (<c>Repo_1</c> and <c>Repo&lt;T&gt;</c>): <see cref="AuditTypeGrouping"/> makes the final names unique.</summary>
    private static string HintName(INamedTypeSymbol type)
    {
        string name = MetadataName(type);
        var safe = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '.' or '_' or '+' or '-' ? c : '_');
        }

        return safe.Append(AuditMethodRules.HintNameSuffix).ToString();
    }
}
