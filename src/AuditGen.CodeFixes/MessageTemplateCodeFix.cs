using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.CodeFixes;

/// <summary>
/// Turns <c>logger.LogX($"… {email} … {token}")</c> into
/// <c>logger.LogX("… {Email} … {Token}", email, AuditLog.Redact(token))</c>: a structured template whose secret values are redacted.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MessageTemplateCodeFix)), Shared]
public sealed class MessageTemplateCodeFix : SecretCodeFix
{
    /// <inheritdoc />
    protected override string FixKind => SecretLoggingAnalyzer.FixTemplate;

    /// <inheritdoc />
    protected override FixAllProvider? FixAll => FixAllProvider.Create(FixDocumentAsync);

    /// <inheritdoc />
    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (Target(root, diagnostic) is { } target)
        {
            TextSpan[] secretSpans = [diagnostic.Location.SourceSpan];
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use a message template and redact the secret",
                    ct => SyntaxEdits.WithRootAndImportsAsync(context.Document, root.ReplaceNode(target.Arguments, Rewrite(target, secretSpans, SensitivityPolicy.From(context.Document.Project.AnalyzerOptions, root.SyntaxTree))), ct),
                    nameof(MessageTemplateCodeFix)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    // Every message of the document once, with all of its reported secrets redacted.
    private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new Dictionary<ArgumentListSyntax, (MessageTarget Target, List<TextSpan> Spans)>();
        foreach (Diagnostic diagnostic in Mine(diagnostics))
        {
            if (Target(root, diagnostic) is { } target)
            {
                if (!targets.TryGetValue(target.Arguments, out var entry))
                {
                    targets[target.Arguments] = entry = (target, new List<TextSpan>());
                }

                entry.Spans.Add(diagnostic.Location.SourceSpan);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        SensitivityPolicy policy = SensitivityPolicy.From(document.Project.AnalyzerOptions, root.SyntaxTree);
        SyntaxNode rewritten = root.ReplaceNodes(targets.Keys, (original, _) => Rewrite(targets[original].Target, targets[original].Spans, policy));
        return await SyntaxEdits.WithRootAndImportsAsync(document, rewritten, context.CancellationToken).ConfigureAwait(false);
    }

    private static MessageTarget? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>() is { } message
        && message.StringStartToken.ValueText == "$\""
        && message.Parent is ArgumentSyntax { Parent: ArgumentListSyntax arguments } argument
        && arguments.Arguments.Last() == argument
            ? new MessageTarget(arguments, argument, message)
            : null;

    private sealed record MessageTarget(ArgumentListSyntax Arguments, ArgumentSyntax Argument, InterpolatedStringExpressionSyntax Message);

    private static ArgumentListSyntax Rewrite(MessageTarget target, IReadOnlyCollection<TextSpan> secretSpans, SensitivityPolicy policy)
    {
        (ArgumentListSyntax arguments, ArgumentSyntax argument, InterpolatedStringExpressionSyntax message) = (target.Arguments, target.Argument, target.Message);
        var template = new StringBuilder();
        var values = new List<ArgumentSyntax>();
        var names = new HashSet<string>();
        foreach (InterpolatedStringContentSyntax content in message.Contents)
        {
            if (content is InterpolatedStringTextSyntax text)
            {
                template.Append(text.TextToken.Text);
                continue;
            }

            var hole = (InterpolationSyntax)content;
            string name = UniqueName(PlaceholderName(hole.Expression), names);
            template.Append('{').Append(name).Append(hole.AlignmentClause?.ToString()).Append(hole.FormatClause?.ToString()).Append('}');
            bool secret = secretSpans.Any(span => hole.Expression.Span.Contains(span)) || policy.Classify(name) is not null;
            ExpressionSyntax value = secret ? RedactSecretCodeFix.Redacted(hole.Expression) : hole.Expression.WithoutTrivia();
            values.Add(SyntaxFactory.Argument(value));
        }

        LiteralExpressionSyntax literal = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression,
            SyntaxFactory.ParseToken("\"" + template + "\""));
        List<ArgumentSyntax> rewritten = arguments.Arguments.Take(arguments.Arguments.Count - 1).ToList();
        rewritten.Add(argument.WithExpression(literal.WithTriviaFrom(message)));
        rewritten.AddRange(values);
        return arguments.WithArguments(SyntaxFactory.SeparatedList(rewritten));
    }

    private static string PlaceholderName(ExpressionSyntax expression)
    {
        string raw = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
            _ => "Value",
        };
        return raw.Length == 0 ? "Value" : char.ToUpperInvariant(raw[0]) + raw.Substring(1);
    }

    private static string UniqueName(string name, HashSet<string> names)
    {
        string unique = name;
        for (int i = 2; !names.Add(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
