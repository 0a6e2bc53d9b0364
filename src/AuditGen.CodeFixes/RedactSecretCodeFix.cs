using System.Composition;
using System.Threading.Tasks;
using AuditGen.Generators.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AuditGen.CodeFixes;

/// <summary>Wraps the logged secret, or the secret written into a thrown exception's message (AG1007), in <c>AuditLog.Redact(...)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactSecretCodeFix)), Shared]
public sealed class RedactSecretCodeFix : SecretCodeFix
{
    /// <inheritdoc />
    protected override string FixKind => SecretLoggingAnalyzer.FixRedact;

    /// <inheritdoc />
    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Redact with AuditLog.Redact",
                    ct => SyntaxEdits.WithRootAndImportsAsync(context.Document, root.ReplaceNode(expression, Redacted(expression)), ct),
                    nameof(RedactSecretCodeFix)),
                diagnostic);
        }

        return Task.CompletedTask;
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
}
