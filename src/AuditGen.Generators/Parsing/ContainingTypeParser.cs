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
            FullName: SignatureParser.TypeName(type),
            MemberPrefix: GeneratedNames.PrefixForType(type),
            CanNestTypes: !(type.TypeKind == TypeKind.Interface && type.TypeParameters.Any(t => t.Variance != VarianceKind.None)),
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

        // Every partial part of an interface repeats its type parameters' variance (CS1067).
        string typeParameters = type.TypeParameters.IsEmpty ? string.Empty
            : "<" + string.Join(", ", type.TypeParameters.Select(t => Variance(t) + Identifiers.Escape(t.Name))) + ">";
        return new TypeDeclarationSpec(modifiers, keyword, Identifiers.Escape(type.Name) + typeParameters);
    }

    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }

    private static string Variance(ITypeParameterSymbol typeParameter) => typeParameter.Variance switch
    {
        VarianceKind.In => "in ",
        VarianceKind.Out => "out ",
        _ => string.Empty,
    };

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

        // EmitCompilerGeneratedFiles writes the hint name as a file name under obj/: keep it well under path limits.
        const int MaxStem = 120;
        if (safe.Length > MaxStem)
        {
            string full = safe.ToString();
            safe.Length = MaxStem - 9;
            safe.Append('.').Append(StableHash(full).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        return safe.Append(AuditMethodRules.HintNameSuffix).ToString();
    }
}
