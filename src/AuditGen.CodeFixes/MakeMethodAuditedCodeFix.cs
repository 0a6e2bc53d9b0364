using System.Composition;
using System.Linq;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>
/// "Make this method audited" (AG0001): turns a method with a body into the partial declaration that keeps its
/// attributes and signature, plus a private <c>&lt;Name&gt;Core</c> method that keeps its body; containing types become partial.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeMethodAuditedCodeFix)), Shared]
public sealed class MakeMethodAuditedCodeFix : MethodCodeFix
{
    private static readonly SyntaxKind[] NotOnCore =
        [SyntaxKind.VirtualKeyword, SyntaxKind.OverrideKeyword, SyntaxKind.SealedKeyword, SyntaxKind.NewKeyword, SyntaxKind.AbstractKeyword, SyntaxKind.ExternKeyword, SyntaxKind.PartialKeyword];

    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticIds.MethodMustBePartialDeclaration;

    /// <inheritdoc />
    protected override bool CanFix(MethodDeclarationSyntax method) =>
        (method.Body is not null || method.ExpressionBody is not null)
        && method.ExplicitInterfaceSpecifier is null
        && !method.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <inheritdoc />
    protected override string Title(MethodDeclarationSyntax method) => "Make this method audited";

    /// <inheritdoc />
    protected override SyntaxNode Fix(SyntaxNode root, MethodDeclarationSyntax method)
    {
        MethodDeclarationSyntax declaration = Declaration(method, SyntaxEdits.EndOfLine(root));
        MethodDeclarationSyntax core = Core(method, SyntaxEdits.EndOfLine(root));

        root = root.ReplaceNode(method, [declaration, core]);
        return root.GetAnnotatedNodes(DeclarationAnnotation).FirstOrDefault()?.Parent is TypeDeclarationSyntax type
            ? SyntaxEdits.MakeTypesPartial(root, type)
            : root;
    }

    private static readonly SyntaxAnnotation DeclarationAnnotation = new(nameof(MakeMethodAuditedCodeFix));

    // The declaration keeps everything up to the body, trivia included (a multi-line where clause stays as it was);
    // only the whitespace before the body goes, replaced by ';' and a line break. A comment after the body belongs to
    // the body, so it stays with Core.
    private static MethodDeclarationSyntax Declaration(MethodDeclarationSyntax method, SyntaxTrivia endOfLine)
    {
        var kinds = SyntaxEdits.Kinds(method.Modifiers).Where(k => k != SyntaxKind.AsyncKeyword).ToList();
        if (!kinds.Any(SyntaxEdits.IsAccessibility) && method.Parent is not InterfaceDeclarationSyntax)
        {
            // A partial method with a return value needs an explicit accessibility (CS8796); private is what it had.
            kinds.Insert(0, SyntaxKind.PrivateKeyword);
        }

        kinds.Add(SyntaxKind.PartialKeyword);
        SyntaxNode body = (SyntaxNode?)method.Body ?? method.ExpressionBody!;
        SyntaxToken beforeBody = body.GetFirstToken().GetPreviousToken();
        MethodDeclarationSyntax trimmed = method.ReplaceToken(beforeBody, beforeBody.WithTrailingTrivia());
        return SyntaxEdits.WithModifierKinds(trimmed, kinds)
            .WithBody(null)
            .WithExpressionBody(null)
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(endOfLine))
            .WithAdditionalAnnotations(DeclarationAnnotation);
    }

    private static MethodDeclarationSyntax Core(MethodDeclarationSyntax method, SyntaxTrivia endOfLine)
    {
        MethodDeclarationSyntax core = method.WithAttributeLists(default);
        SyntaxTriviaList indentation = SyntaxFactory.TriviaList(core.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        core = core.WithLeadingTrivia(indentation);
        var kinds = SyntaxEdits.AsPrivate(SyntaxEdits.Kinds(core.Modifiers).Where(k => !NotOnCore.Contains(k)));
        core = SyntaxEdits.WithModifierKinds(core, kinds)
            .WithIdentifier(SyntaxFactory.Identifier(method.Identifier.ValueText + AuditMethodRules.CoreSuffix).WithTriviaFrom(method.Identifier))
            .WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(
                method.ParameterList.Parameters.Select(SyntaxEdits.CoreParameter),
                method.ParameterList.Parameters.GetSeparators())));
        return core.WithLeadingTrivia(core.GetLeadingTrivia().Insert(0, endOfLine));
    }
}
