using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AuditGen.CodeFixes;

/// <summary>AG1001–AG1003, AG1005, AG1006: wraps the logged value in <c>AuditLog.Redact(...)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactSecretCodeFix)), Shared]
public sealed class RedactSecretCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.SecretNameReachesLog,
        DiagnosticIds.SensitiveDataReachesLog,
        DiagnosticIds.SecretTypeReachesLog,
        DiagnosticIds.ObjectWithSecretReachesLog,
        DiagnosticIds.SecretPlaceholder);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics.Where(d => Fix(d) == SecretLoggingAnalyzer.FixRedact))
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Redact with AuditLog.Redact",
                    ct => SyntaxEdits.WithRootAndImportsAsync(context.Document, root.ReplaceNode(expression, Redacted(expression)), ct),
                    nameof(RedactSecretCodeFix)),
                diagnostic);
        }
    }

    /// <summary><c>AuditLog.Redact(expression)</c>, simplified against the file's usings (adding <c>using AuditGen;</c> if needed).</summary>
    internal static ExpressionSyntax Redacted(ExpressionSyntax expression) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseTypeName("global::AuditGen.AuditLog").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                    SyntaxFactory.IdentifierName("Redact")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static string? Fix(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SecretLoggingAnalyzer.FixProperty, out string? fix) ? fix : null;
}
