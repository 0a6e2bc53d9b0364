using AuditGen.Generators.Sensitivity;
using System.Linq;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

internal sealed partial class SecretDetector
{
    /// <summary>
    /// An object logged whole whose type has a secret member: records and anonymous objects print their members in
    /// <c>ToString()</c>, destructuring and serializers write them out, and structured providers may do either.
    /// </summary>
    public SecretFinding? FromMembers(ITypeSymbol? type, SyntaxNode origin, ObjectRoute route)
    {
        // Destructuring and serializing write a collection element by element (a dictionary value by value); its own
        // ToString() prints only the collection's type name.
        if (route != ObjectRoute.Printed && ObjectMembers.ElementType(type) is { } element && !SymbolEqualityComparer.Default.Equals(element, type))
        {
            return FromMembers(element, origin, route);
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
            || named.SpecialType != SpecialType.None
            || named.IsTupleType
            || KnownTypes.IsException(named)
            || (named.ContainingNamespace?.ToDisplayString().StartsWith("System.Collections", System.StringComparison.Ordinal) ?? false))
        {
            return null;
        }

        foreach (IPropertySymbol property in named.GetMembers().OfType<IPropertySymbol>())
        {
            if (property.IsStatic || property.DeclaredAccessibility != Accessibility.Public || IsNeverSecret(property.Type)
                || ObjectMembers.IsLeftOut(property, route))
            {
                continue;
            }

            string? what = IsMarked(property) ? "marked sensitive" : names.Classify(property.Name) ?? types.Describe(property.Type);
            // A credential-typed member (HttpRequestMessage.Headers) is printed even by a compiled ToString().
            if (what is not null && (route != ObjectRoute.Printed || ObjectText.Prints(named, property, trustCompiled: types.Describe(property.Type) is null, cancellationToken)))
            {
                string how = route switch
                {
                    ObjectRoute.Destructured => "destructured",
                    ObjectRoute.Serialized => "serialized",
                    _ => named.IsRecord || named.IsAnonymousType ? "printed by ToString()" : "logged whole",
                };
                return new SecretFinding(SecretKind.ObjectMembers, Subject(origin), $"a {named.Name} {how} with its {property.Name}, {what}", origin);
            }
        }

        return null;
    }

    /// <summary>Whether a parameter, local, field or property is a secret by its marking, name, type or members.</summary>
    public SecretFinding? FromSymbol(ISymbol symbol, ITypeSymbol type, SyntaxNode origin)
    {
        if (IsNeverSecret(type))
        {
            return null;
        }

        if (IsMarked(symbol))
        {
            return new SecretFinding(SecretKind.Marked, $"'{symbol.Name}'", "marked as sensitive data", origin);
        }

        // int maxTokens counts tokens: the policy's count rule, as the generator applies it. An object's name does not
        // speak for what it prints, and some names are not evidence to the analyzers (PrintedValues).
        if (!(ValueShapes.IsNumber(type) && NameRules.IsCount(symbol.Name))
            && PrintedValues.NameSpeaksFor(type)
            && names.Classify(symbol.Name) is { } description
            && !PrintedValues.IsNotEvidence(symbol.Name, type, description)
            && !(symbol is ILocalSymbol local && IsSplitFragment(local))
            && !(symbol is IParameterSymbol parameter && StoreKeys.IsForeignLookupKey(parameter, cancellationToken)))
        {
            return new SecretFinding(SecretKind.Name, $"'{symbol.Name}'", description, origin);
        }

        return FromType(type, origin) ?? FromMembers(type, origin, ObjectRoute.Printed);
    }

    // foreach (var token in header.Split(',')), var code = line.Substring(1, 2): a fragment of text is a lexical piece,
    // whatever it is called; it is as secret as the text it was cut from, which the flow judges (a token cut from an
    // Authorization header is still flagged, through the header).
    private bool IsSplitFragment(ILocalSymbol local)
    {
        SyntaxNode? declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        ExpressionSyntax? source = declaration switch
        {
            ForEachStatementSyntax loop => loop.Expression,
            VariableDeclaratorSyntax { Initializer.Value: ElementAccessExpressionSyntax element } => element.Expression,
            VariableDeclaratorSyntax { Initializer.Value: InvocationExpressionSyntax slice } => slice,
            _ => null,
        };
        if (source is IdentifierNameSyntax name && declaration is not null)
        {
            // var tokens = text.Split(' '); foreach (var token in tokens)
            source = DeclaringScope(declaration)?.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .FirstOrDefault(v => v.Identifier.ValueText == name.Identifier.ValueText)?.Initializer?.Value;
        }

        return source is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Split" or "Substring" or "Slice" } };
    }

    // The member, local function or lambda a local is declared in: where its values are assigned.
    private static SyntaxNode? DeclaringScope(SyntaxNode? declaration) =>
        declaration?.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);

    private SecretFinding? FromType(ITypeSymbol? type, SyntaxNode origin) =>
        types.Describe(type) is { } description
            ? new SecretFinding(SecretKind.Type, Subject(origin), description, origin)
            : null;

    // headers["Authorization"], form["client_secret"], config["Db:Password"]
    private SecretFinding? FromIndexer(IPropertyReferenceOperation indexer, int depth)
    {
        if (indexer.Arguments.Length == 1
            && indexer.Arguments[0].Value.ConstantValue.Value is string key
            && names.Classify(key) is { } description)
        {
            return new SecretFinding(SecretKind.Name, $"The value of key '{key}'", description, indexer.Syntax);
        }

        return indexer.Instance is not null && types.Describe(indexer.Instance.Type) is { } headers
            ? new SecretFinding(SecretKind.Type, Subject(indexer.Syntax), $"a value from {headers}", indexer.Syntax)
            : null;
    }

    // var copy = token; … copy = "Bearer " + token;  — a secret stays a secret through locals.
    private SecretFinding? FromLocalFlow(ILocalReferenceOperation reference, int depth)
    {
        ILocalSymbol local = reference.Local;
        _visitingLocals ??= new System.Collections.Generic.HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (!_visitingLocals.Add(local) || reference.SemanticModel is not { } model)
        {
            return null;
        }

        try
        {
            SyntaxNode? scope = DeclaringScope(local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken));
            if (scope is null || scope.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            foreach (SyntaxNode source in AssignedValues(scope, local, model))
            {
                if (Find(model.GetOperation(source, cancellationToken), depth + 1) is { } finding)
                {
                    return finding with { Subject = $"'{local.Name}'", Description = $"{finding.Description}, via {finding.Subject}", Origin = reference.Syntax };
                }
            }

            return null;
        }
        finally
        {
            _visitingLocals.Remove(local);
        }
    }

    private System.Collections.Generic.IEnumerable<SyntaxNode> AssignedValues(SyntaxNode scope, ILocalSymbol local, SemanticModel model)
    {
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            SyntaxNode? value = node switch
            {
                // ref string t = ref creds.Token: a ref local is the secret it refers to.
                VariableDeclaratorSyntax { Initializer.Value: RefExpressionSyntax reference } declarator when declarator.Identifier.ValueText == local.Name => reference.Expression,
                VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator when declarator.Identifier.ValueText == local.Name => initializer,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment when name.Identifier.ValueText == local.Name => assignment.Right,
                _ => null,
            };
            if (value is not null && SymbolEqualityComparer.Default.Equals(DeclaredOrAssigned(node, model), local))
            {
                yield return value;
            }
        }
    }

    private ISymbol? DeclaredOrAssigned(SyntaxNode node, SemanticModel model) => node switch
    {
        VariableDeclaratorSyntax declarator => model.GetDeclaredSymbol(declarator, cancellationToken),
        AssignmentExpressionSyntax assignment => model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol,
        _ => null,
    };

    private SecretFinding? FromAnonymousObject(IAnonymousObjectCreationOperation anonymous, int depth)
    {
        foreach (IOperation initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && (names.Classify(property.Property.Name) is not null || Find(assignment.Value, depth + 1) is not null)
                && !IsProvenSafe(assignment.Value))
            {
                string what = names.Classify(property.Property.Name) ?? "a secret";
                return new SecretFinding(SecretKind.ObjectMembers, "An anonymous object", $"printed by ToString() with its {property.Property.Name}, {what}", anonymous.Syntax);
            }
        }

        return null;
    }

    private bool IsMarked(ISymbol symbol) => names.MarkingOf(symbol, known) == Marking.Secret;

    private static string Subject(SyntaxNode origin)
    {
        string text = origin.ToString();
        return text.Length <= 40 ? $"'{text}'" : $"'{text.Substring(0, 37)}...'";
    }
}
