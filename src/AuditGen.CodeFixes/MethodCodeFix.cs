using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>
/// A fix for one diagnostic reported on a method declaration: finds the method, offers one action, supports Fix All.
/// Subclasses only say what the action is called and how it rewrites the syntax root.
/// </summary>
public abstract class MethodCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <summary>Gets the id of the diagnostic this fix handles.</summary>
    protected abstract string DiagnosticId { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Not the batch fixer: it applies each fix to the original document and merges the text changes, and fixes that
    /// also touch a shared ancestor (making the containing type partial) conflict, so only some methods were fixed.
    /// Here every method of a document is fixed in one pass over one tree.
    /// </remarks>
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        MethodDeclarationSyntax[] methods = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>())
            .Where(m => m is not null && CanFix(m))
            .Select(m => m!)
            .Distinct()
            .ToArray();
        root = root.TrackNodes(methods);
        foreach (MethodDeclarationSyntax original in methods)
        {
            if (root.GetCurrentNode(original) is { } current)
            {
                root = Fix(root, current);
            }
        }

        return document.WithSyntaxRoot(root);
    }

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method || !CanFix(method))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title(method), _ => Task.FromResult(context.Document.WithSyntaxRoot(Fix(root, method))), GetType().Name),
            context.Diagnostics);
    }

    /// <summary>Whether the method's syntax is one the fix can rewrite.</summary>
    /// <param name="method">The method the diagnostic is on.</param>
    /// <returns><see langword="true"/> to offer the fix.</returns>
    protected virtual bool CanFix(MethodDeclarationSyntax method) => true;

    /// <summary>The title of the code action.</summary>
    /// <param name="method">The method the diagnostic is on.</param>
    /// <returns>The title.</returns>
    protected abstract string Title(MethodDeclarationSyntax method);

    /// <summary>Rewrites the document.</summary>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="method">The method the diagnostic is on.</param>
    /// <returns>The new root.</returns>
    protected abstract SyntaxNode Fix(SyntaxNode root, MethodDeclarationSyntax method);
}
