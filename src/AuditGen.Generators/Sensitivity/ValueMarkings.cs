using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Sensitivity;

/// <summary>Reads the attributes that mark data (<c>[Sensitive]</c>, <c>DataClassificationAttribute</c>,
/// <c>[PersonalData]</c>, <c>[Masked]</c>, a team's own) into <see cref="ValueFacts"/>.</summary>
internal static class ValueMarkings
{
    /// <summary>The facts of a parameter (<paramref name="container"/> null) or of a member of a <c>[LogProperties]</c> parameter.</summary>
    public static ValueFacts Facts(ISymbol value, IParameterSymbol? container, ValueShape shape, KnownTypes known, bool logged, bool sensitiveOperation)
    {
        List<ISymbol> sources = [.. Sources(value)];
        Marking marking = Of(sources, known);
        if (container is not null && Of(container, known) is var inherited && inherited > marking)
        {
            marking = inherited;
        }

        var attributes = sources.SelectMany(s => s.GetAttributes()).Concat(container?.GetAttributes() ?? Enumerable.Empty<AttributeData>())
            .Select(a => a.AttributeClass?.ToDisplayString())
            .Where(n => n is not null)
            .Select(n => n!)
            .Distinct()
            .ToEquatableArray();
        return new ValueFacts(value.Name, null, default, shape, marking, attributes, logged, sensitiveOperation, Mask(value, known), Domain(value, known) ?? (container is null ? null : Domain(container, known)));
    }

    /// <summary>The strongest marking on the symbol or on any declaration it inherits one from.</summary>
    public static Marking Of(ISymbol symbol, KnownTypes known) => Of(Sources(symbol), known);

    private static Marking Of(IEnumerable<ISymbol> sources, KnownTypes known)
    {
        Marking marking = Marking.None;
        foreach (ISymbol source in sources)
        {
            if (KnownTypes.HasAttribute(source, known.SensitiveAttribute) || known.HasDataClassification(source))
            {
                return Marking.Secret;
            }

            if (KnownTypes.HasAttribute(source, known.PersonalDataAttribute))
            {
                marking = Marking.Personal;
            }
        }

        return marking;
    }

    /// <summary>
    /// Every declaration whose marking a property carries: itself, the properties it overrides or hides, the interface
    /// properties it implements, and a positional record's parameter (<c>record Login([Sensitive] string Password)</c>
    /// puts the attribute on the parameter only). A marking anywhere in that chain counts: fail closed.
    /// </summary>
    public static IEnumerable<ISymbol> Sources(ISymbol symbol)
    {
        yield return symbol;
        if (symbol is not IPropertySymbol property)
        {
            yield break;
        }

        for (INamedTypeSymbol? type = property.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (IPropertySymbol same in type.GetMembers(property.Name).OfType<IPropertySymbol>())
            {
                if (!SymbolEqualityComparer.Default.Equals(same, property))
                {
                    yield return same;
                }
            }

            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                foreach (IParameterSymbol parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && type.IsRecord)
                    {
                        yield return parameter;
                    }
                }
            }
        }

        foreach (INamedTypeSymbol contract in property.ContainingType.AllInterfaces)
        {
            foreach (IPropertySymbol member in contract.GetMembers(property.Name).OfType<IPropertySymbol>())
            {
                yield return member;
            }
        }
    }

    private static string? Mask(ISymbol symbol, KnownTypes known)
    {
        if (KnownTypes.FindAttribute(symbol, known.MaskedAttribute) is not { } masked)
        {
            return null;
        }

        int first = 0, last = 0;
        bool preserve = false;
        foreach (var argument in masked.NamedArguments)
        {
            switch (argument.Key)
            {
                case "ShowFirst" when argument.Value.Value is int value:
                    first = System.Math.Max(0, value);
                    break;
                case "ShowLast" when argument.Value.Value is int value:
                    last = System.Math.Max(0, value);
                    break;
                case "PreserveLength" when argument.Value.Value is bool value:
                    preserve = value;
                    break;
            }
        }

        return $"{first},{last},{(preserve ? 1 : 0)}";
    }

    private static string? Domain(ISymbol symbol, KnownTypes known) =>
        KnownTypes.FindAttribute(symbol, known.PersonalDataAttribute)?.NamedArguments
            .FirstOrDefault(a => a.Key == "CorrelationDomain").Value.Value as string is { Length: > 0 } domain ? domain : null;
}
