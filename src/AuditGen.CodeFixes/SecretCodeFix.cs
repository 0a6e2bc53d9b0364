using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AuditGen.CodeFixes;

/// <summary>
/// A fix for the secret-logging diagnostics. The analyzer names the applicable fix in the diagnostic's
/// <see cref="SecretLoggingAnalyzer.FixProperty"/>; each subclass handles the diagnostics that name its <see cref="FixKind"/>.
/// </summary>
public abstract class SecretCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.BaselinedSecret, // carries the original finding's properties, so the same fix applies
        DiagnosticIds.SecretNameReachesLog,
        DiagnosticIds.SensitiveDataReachesLog,
        DiagnosticIds.SecretTypeReachesLog,
        DiagnosticIds.ObjectWithSecretReachesLog,
        DiagnosticIds.SecretPlaceholder,
        DiagnosticIds.SecretInExceptionMessage);

    /// <summary>Gets the value of <see cref="SecretLoggingAnalyzer.FixProperty"/> this fix handles.</summary>
    protected abstract string FixKind { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => FixAll ?? WellKnownFixAllProviders.BatchFixer;

    /// <summary>Gets a Fix All of its own, for a fix that cannot be batched by equivalence key: several fixes share the
    /// diagnostic ids, so a batch built from the first diagnostic (what <c>dotnet format</c> does) finds no action when
    /// that diagnostic names another fix.</summary>
    protected virtual FixAllProvider? FixAll => null;

    /// <summary>The diagnostics among <paramref name="diagnostics"/> that name this fix.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>Those whose <see cref="SecretLoggingAnalyzer.FixProperty"/> is <see cref="FixKind"/>.</returns>
    protected IEnumerable<Diagnostic> Mine(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Properties.TryGetValue(SecretLoggingAnalyzer.FixProperty, out string? fix) && fix == FixKind);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(SecretLoggingAnalyzer.FixProperty, out string? fix) && fix == FixKind)
            {
                await RegisterAsync(context, root, diagnostic).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Offers the fix for one diagnostic, if the code at its location allows it.</summary>
    /// <param name="context">The code-fix context.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="diagnostic">A diagnostic that names this fix.</param>
    /// <returns>A task that completes when the fix is registered (or not).</returns>
    protected abstract Task RegisterAsync(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic);
}
