using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        // RefKind.RefReadOnlyParameter (C# 12) is 4 in every Roslyn that has it; we compile against one that may not.
        const RefKind RefReadOnlyParameter = (RefKind)4;
        string argumentPrefix = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In or RefReadOnlyParameter => "in ",
            _ => string.Empty,
        };
        if (parameter.RefKind == RefReadOnlyParameter)
        {
            modifiers.Add("ref readonly");
        }
        else if (argumentPrefix.Length > 0)
        {
            modifiers.Add(argumentPrefix.TrimEnd());
        }

        string prefix = modifiers.Count == 0 ? string.Empty : string.Join(" ", modifiers) + " ";
        return new ParameterSpec(Identifiers.Escape(parameter.Name), TypeName(parameter.Type), prefix, argumentPrefix);
    }

    public static string TypeParameterList(ImmutableArray<ITypeParameterSymbol> typeParameters) =>
        typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(t => Identifiers.Escape(t.Name))) + ">";

    /// <summary>
    /// The <c>where</c> clauses of the implementing declaration. Overrides inherit their constraints and may only
    /// restate <c>class</c>, <c>struct</c> or <c>default</c> (CS0460): theirs are copied from the declaration, which can
    /// hold nothing else. (A partial method cannot implement an interface explicitly: CS0754.)
    /// </summary>
    public static string ConstraintClauses(IMethodSymbol method, MethodDeclarationSyntax declaration)
    {
        if (method.IsOverride)
        {
            return string.Concat(declaration.ConstraintClauses.Select(c => " " + c.WithoutTrivia().NormalizeWhitespace().ToFullString()));
        }

        return ConstraintClauses(method.TypeParameters);
    }

    /// <summary>Whether the signature mentions a pointer or function pointer, so the implementation needs <c>unsafe</c>
    /// even when only the containing type was declared <c>unsafe</c>.</summary>
    public static bool NeedsUnsafe(IMethodSymbol method) =>
        ContainsPointer(method.ReturnType) || method.Parameters.Any(p => ContainsPointer(p.Type));

    private static bool ContainsPointer(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
        IArrayTypeSymbol array => ContainsPointer(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsPointer) || (named.ContainingType is { } outer && ContainsPointer(outer)),
        _ => false,
    };

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

    /// <summary>Whether the type parameter is declared <c>allows ref struct</c> (C# 13). The property exists only in the
    /// newer compilers that can parse it, so it is read by reflection: we build against Roslyn 4.8.</summary>
    public static bool AllowsRefLikeType(ITypeParameterSymbol typeParameter) =>
        AllowsRefLikeTypeProperty?.GetValue(typeParameter) is true;

    private static readonly System.Reflection.PropertyInfo? AllowsRefLikeTypeProperty =
        typeof(ITypeParameterSymbol).GetProperty("AllowsRefLikeType");

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

        if (AllowsRefLikeType(typeParameter))
        {
            constraints.Add("allows ref struct");
        }

        return constraints;
    }
}
