using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AuditGen.Generators.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace AuditGen.CodeFixes;

/// <summary>
/// A secret passed to an audited method's parameter that the wrapper logs as is: mark that parameter <c>[Sensitive]</c>
/// in the method's declaration, so every call is redacted (the argument itself, business data, stays untouched).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkParameterSensitiveCodeFix)), Shared]
public sealed class MarkParameterSensitiveCodeFix : SecretCodeFix
{
    /// <inheritdoc />
    protected override string FixKind => SecretLoggingAnalyzer.FixSensitive;

    /// <inheritdoc />
    protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>() is { } argument
            && model?.GetOperation(argument, context.CancellationToken) is IArgumentOperation { Parameter: { } parameter }
            && Declaration(parameter.OriginalDefinition, context.CancellationToken) is { } declaration
            && context.Document.Project.Solution.GetDocument(declaration.SyntaxTree) is { } target)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Mark parameter '{parameter.Name}' of '{parameter.ContainingSymbol.Name}' [Sensitive]",
                    ct => MarkAsync(target, declaration, ct),
                    nameof(MarkParameterSensitiveCodeFix)),
                diagnostic);
        }
    }

    private static ParameterSyntax? Declaration(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        parameter.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ParameterSyntax>()
            .FirstOrDefault(p => p.Parent?.Parent is MethodDeclarationSyntax { Body: null, ExpressionBody: null });

    private static async Task<Solution> MarkAsync(Document document, ParameterSyntax parameter, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        AttributeListSyntax sensitive = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::AuditGen.Sensitive"))))
            .WithTrailingTrivia(SyntaxFactory.Space)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        ParameterSyntax marked = parameter.WithoutLeadingTrivia()
            .WithAttributeLists(parameter.AttributeLists.Add(sensitive))
            .WithLeadingTrivia(parameter.GetLeadingTrivia());
        return (await SyntaxEdits.WithRootAndImportsAsync(document, root.ReplaceNode(parameter, marked), cancellationToken).ConfigureAwait(false)).Project.Solution;
    }
}
