using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0003: adds the private <c>&lt;Name&gt;Core</c> method after the audited declaration, ready for its body.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCoreMethodCodeFix)), Shared]
public sealed class AddCoreMethodCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingCoreMethod);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } declaration)
        {
            return;
        }

        string coreName = declaration.Identifier.ValueText + AuditMethodRules.CoreSuffix;
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Add '{coreName}'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.InsertNodesAfter(declaration, [Core(declaration, SyntaxEdits.EndOfLine(root))]))),
                nameof(AddCoreMethodCodeFix)),
            context.Diagnostics);
    }

    private static MethodDeclarationSyntax Core(MethodDeclarationSyntax declaration, SyntaxTrivia endOfLine)
    {
        string indentation = string.Concat(declaration.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()).LastOrDefault() ?? string.Empty);
        string modifiers = "private " + string.Concat(declaration.Modifiers
            .Where(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword))
            .Select(m => m.Text + " "));
        string parameters = string.Join(", ", declaration.ParameterList.Parameters.Select(p => SyntaxEdits.CoreParameter(p).WithoutTrivia().ToFullString()));
        string constraints = string.Concat(declaration.ConstraintClauses.Select(c => " " + c.WithoutTrivia().ToFullString()));
        string text = $"{modifiers}{declaration.ReturnType.WithoutTrivia()} {declaration.Identifier.ValueText}{AuditMethodRules.CoreSuffix}"
            + $"{declaration.TypeParameterList?.WithoutTrivia()}({parameters}){constraints} => throw new global::System.NotImplementedException();";
        var core = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
        return core
            .WithLeadingTrivia(endOfLine, SyntaxFactory.Whitespace(indentation))
            .WithTrailingTrivia(endOfLine);
    }
}
