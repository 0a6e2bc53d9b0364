using System.Collections.Generic;
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
    protected override FixAllProvider? FixAll => new MarkAll(this);

    /// <inheritdoc />
    protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (await FindAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } found)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Mark parameter '{found.Parameter.Name}' of '{found.Parameter.ContainingSymbol.Name}' [Sensitive]",
                    ct => MarkAsync(found.Document.Project.Solution, [(found.Document.Id, found.Declaration)], ct),
                    nameof(MarkParameterSensitiveCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The declaration of the audited parameter a diagnostic's argument is passed to, and its document.</summary>
    private static async Task<(IParameterSymbol Parameter, ParameterSyntax Declaration, Document Document)?> FindAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>() is { } argument
            && model?.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter }
            && Declaration(parameter.OriginalDefinition, cancellationToken) is { } declaration
            && document.Project.Solution.GetDocument(declaration.SyntaxTree) is { } target)
        {
            return (parameter, declaration, target);
        }

        return null;
    }

    private static ParameterSyntax? Declaration(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        parameter.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ParameterSyntax>()
            .FirstOrDefault(p => p.Parent?.Parent is MethodDeclarationSyntax { Body: null, ExpressionBody: null });

    // Each declaration marked once, however many calls reported it, document by document.
    private static async Task<Solution> MarkAsync(Solution solution, IEnumerable<(DocumentId Document, ParameterSyntax Parameter)> targets, CancellationToken cancellationToken)
    {
        foreach (IGrouping<DocumentId, ParameterSyntax> group in targets.GroupBy(t => t.Document, t => t.Parameter))
        {
            Document document = solution.GetDocument(group.Key)!;
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            SyntaxNode marked = root.ReplaceNodes(group.Distinct(), (original, _) => Marked(original));
            solution = (await SyntaxEdits.WithRootAndImportsAsync(document, marked, cancellationToken).ConfigureAwait(false)).Project.Solution;
        }

        return solution;
    }

    private static ParameterSyntax Marked(ParameterSyntax parameter)
    {
        AttributeListSyntax sensitive = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::AuditGen.Sensitive"))))
            .WithTrailingTrivia(SyntaxFactory.Space)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return parameter.WithoutLeadingTrivia()
            .WithAttributeLists(parameter.AttributeLists.Add(sensitive))
            .WithLeadingTrivia(parameter.GetLeadingTrivia());
    }

    /// <summary>Marks every reported parameter in the scope at once: the declarations may live in other documents than the
    /// calls, which a document-by-document Fix All cannot edit.</summary>
    private sealed class MarkAll(MarkParameterSensitiveCodeFix fix) : FixAllProvider
    {
        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var targets = new List<(DocumentId, ParameterSyntax)>();
            foreach (Document document in Documents(context))
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    continue;
                }

                foreach (Diagnostic diagnostic in fix.Mine(await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)))
                {
                    if (await FindAsync(document, root, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } found)
                    {
                        targets.Add((found.Document.Id, found.Declaration));
                    }
                }
            }

            return targets.Count == 0
                ? null
                : CodeAction.Create("Mark the audited parameters [Sensitive]", ct => MarkAsync(context.Solution, targets, ct), nameof(MarkParameterSensitiveCodeFix));
        }

        private static IEnumerable<Document> Documents(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
            FixAllScope.Project => context.Project.Documents,
            _ => context.Document is null ? [] : [context.Document],
        };
    }
}
