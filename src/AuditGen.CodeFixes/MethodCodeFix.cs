using System.Collections.Immutable;
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
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
