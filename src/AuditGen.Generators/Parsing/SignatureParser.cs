using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Renders the parts of a method signature the implementing declaration must repeat exactly.</summary>
internal static class SignatureParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    public static ParameterSpec Parameter(IParameterSymbol parameter)
    {
        var modifiers = new List<string>();
        if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
        {
            modifiers.Add("this");
        }

        if (parameter.IsParams)
        {
            modifiers.Add("params");
        }

        if ((parameter.ScopedKind == ScopedKind.ScopedRef && parameter.RefKind != RefKind.Out) || (parameter.ScopedKind == ScopedKind.ScopedValue && parameter.RefKind == RefKind.None))
        {
            modifiers.Add("scoped");
        }

        string argumentPrefix = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => string.Empty,
        };
        if (argumentPrefix.Length > 0)
        {
            modifiers.Add(argumentPrefix.TrimEnd());
        }

        string prefix = modifiers.Count == 0 ? string.Empty : string.Join(" ", modifiers) + " ";
        return new ParameterSpec(Identifiers.Escape(parameter.Name), TypeName(parameter.Type), prefix, argumentPrefix);
    }

    public static string TypeParameterList(ImmutableArray<ITypeParameterSymbol> typeParameters) =>
        typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(t => Identifiers.Escape(t.Name))) + ">";

    public static string ConstraintClauses(ImmutableArray<ITypeParameterSymbol> typeParameters)
    {
        var clauses = new List<string>();
        foreach (ITypeParameterSymbol typeParameter in typeParameters)
        {
            List<string> constraints = Constraints(typeParameter);
            if (constraints.Count > 0)
            {
                clauses.Add(" where " + Identifiers.Escape(typeParameter.Name) + " : " + string.Join(", ", constraints));
            }
        }

        return string.Concat(clauses);
    }

    private static List<string> Constraints(ITypeParameterSymbol typeParameter)
    {
        var constraints = new List<string>();
        if (typeParameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (typeParameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (typeParameter.HasReferenceTypeConstraint)
        {
            constraints.Add(typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (typeParameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        constraints.AddRange(typeParameter.ConstraintTypes.Select(TypeName));
        if (typeParameter.HasConstructorConstraint)
        {
            constraints.Add("new()");
        }

        return constraints;
    }
}
