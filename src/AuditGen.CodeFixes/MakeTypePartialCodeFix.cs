using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0002 (reported on the audited method): adds <c>partial</c> to every type that contains the method.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypePartialCodeFix)), Shared]
public sealed class MakeTypePartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TypeMustBePartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Parent is not TypeDeclarationSyntax type)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{type.Identifier.ValueText}' partial",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(SyntaxEdits.MakeTypesPartial(root, type))),
                nameof(MakeTypePartialCodeFix)),
            context.Diagnostics);
    }
}
