using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>
/// "Make this method audited" (AG0001): turns a method with a body into the partial declaration that keeps its
/// attributes and signature, plus a private <c>&lt;Name&gt;Core</c> method that keeps its body; containing types become partial.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeMethodAuditedCodeFix)), Shared]
public sealed class MakeMethodAuditedCodeFix : CodeFixProvider
{
    private static readonly SyntaxKind[] NotOnCore =
        [SyntaxKind.VirtualKeyword, SyntaxKind.OverrideKeyword, SyntaxKind.SealedKeyword, SyntaxKind.NewKeyword, SyntaxKind.AbstractKeyword, SyntaxKind.ExternKeyword, SyntaxKind.PartialKeyword];

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MethodMustBePartialDeclaration);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
            || (method.Body is null && method.ExpressionBody is null)
            || method.ExplicitInterfaceSpecifier is not null
            || method.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Make this method audited", ct => FixAsync(context.Document, method, ct), nameof(MakeMethodAuditedCodeFix)),
            context.Diagnostics);
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        MethodDeclarationSyntax declaration = Declaration(method);
        MethodDeclarationSyntax core = Core(method, SyntaxEdits.EndOfLine(root));

        root = root.ReplaceNode(method, [declaration, core]);
        if (root.GetAnnotatedNodes(DeclarationAnnotation).FirstOrDefault()?.Parent is TypeDeclarationSyntax type)
        {
            root = SyntaxEdits.MakeTypesPartial(root, type);
        }

        return document.WithSyntaxRoot(root);
    }

    private static readonly SyntaxAnnotation DeclarationAnnotation = new(nameof(MakeMethodAuditedCodeFix));

    private static MethodDeclarationSyntax Declaration(MethodDeclarationSyntax method)
    {
        var kinds = SyntaxEdits.Kinds(method.Modifiers).Where(k => k != SyntaxKind.AsyncKeyword).Append(SyntaxKind.PartialKeyword).ToList();
        SyntaxTriviaList trailing = method.GetTrailingTrivia();
        return SyntaxEdits.WithModifierKinds(method, kinds)
            .WithBody(null)
            .WithExpressionBody(null)
            .WithParameterList(method.ParameterList.WithoutTrailingTrivia())
            .WithConstraintClauses(SyntaxFactory.List(method.ConstraintClauses.Select(c => c.WithoutTrailingTrivia())))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(trailing))
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
