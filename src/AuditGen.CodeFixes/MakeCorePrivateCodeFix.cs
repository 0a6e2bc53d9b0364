using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0005: makes the Core method private, so callers cannot bypass the audited wrapper.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeCorePrivateCodeFix)), Shared]
public sealed class MakeCorePrivateCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CoreMustBePrivate);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } core)
        {
            return;
        }

        MethodDeclarationSyntax fixedCore = SyntaxEdits.WithModifierKinds(core, SyntaxEdits.AsPrivate(SyntaxEdits.Kinds(core.Modifiers)));
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{core.Identifier.ValueText}' private",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(core, fixedCore))),
                nameof(MakeCorePrivateCodeFix)),
            context.Diagnostics);
    }
}
