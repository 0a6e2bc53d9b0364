using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

internal sealed partial class SecretDetector
{
    /// <summary>
    /// A neutrally named helper method or property that returns a secret: <c>string Current() =&gt; _apiKey;</c>,
    /// <c>string Header =&gt; "Bearer " + _token;</c>. Only members declared in the same file with one returned expression
    /// are read (another file's semantic model would cost every log call), and only once per chain.
    /// </summary>
    private SecretFinding? FromReturnedValue(ISymbol member, IOperation use, int depth)
    {
        if (depth + 1 > MaxDepth || use.SemanticModel is not { } model || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declaration = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declaration.SyntaxTree != model.SyntaxTree || ReturnedExpression(declaration) is not { } returned)
        {
            return null;
        }

        return Find(model.GetOperation(returned, cancellationToken), depth + 1) is { } finding
            ? finding with { Subject = $"'{member.Name}'", Description = $"{finding.Description}, returned by {member.Name}", Origin = use.Syntax }
            : null;
    }

    private static ExpressionSyntax? ReturnedExpression(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax { ExpressionBody.Expression: { } expression } => expression,
        MethodDeclarationSyntax { Body.Statements: [ReturnStatementSyntax { Expression: { } returned }] } => returned,
        PropertyDeclarationSyntax { ExpressionBody.Expression: { } expression } => expression,
        PropertyDeclarationSyntax { AccessorList.Accessors: var accessors } => accessors.FirstOrDefault(a => a.Keyword.Text == "get") switch
        {
            { ExpressionBody.Expression: { } expression } => expression,
            { Body.Statements: [ReturnStatementSyntax { Expression: { } returned }] } => returned,
            _ => null,
        },
        _ => null,
    };
}
