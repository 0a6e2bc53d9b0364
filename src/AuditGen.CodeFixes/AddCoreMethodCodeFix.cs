using System.Composition;
using System.Linq;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0003: adds the private <c>&lt;Name&gt;Core</c> method after the audited declaration, ready for its body.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCoreMethodCodeFix)), Shared]
public sealed class AddCoreMethodCodeFix : MethodCodeFix
{
    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticIds.MissingCoreMethod;

    /// <inheritdoc />
    protected override string Title(MethodDeclarationSyntax method) => $"Add '{method.Identifier.ValueText}{AuditMethodRules.CoreSuffix}'";

    /// <inheritdoc />
    protected override SyntaxNode Fix(SyntaxNode root, MethodDeclarationSyntax method) =>
        root.InsertNodesAfter(method, [Core(method, SyntaxEdits.EndOfLine(root))]);

    private static MethodDeclarationSyntax Core(MethodDeclarationSyntax declaration, SyntaxTrivia endOfLine)
    {
        string indentation = string.Concat(declaration.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()).LastOrDefault() ?? string.Empty);
        string modifiers = "private " + string.Concat(declaration.Modifiers
            .Where(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword))
            .Select(m => m.Text + " "));
        string parameters = string.Join(", ", declaration.ParameterList.Parameters.Select(p => SyntaxEdits.CoreParameter(p).WithoutTrivia().ToFullString()));
        string constraints = string.Concat(declaration.ConstraintClauses.Select(c => " " + c.WithoutTrivia().ToFullString()));
        string text = $"{modifiers}{declaration.ReturnType.WithoutTrivia()} {declaration.Identifier.ValueText}{AuditMethodRules.CoreSuffix}"
            + $"{declaration.TypeParameterList?.WithoutTrivia()}({parameters}){constraints} => throw new global::System.NotImplementedException();";
        var core = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
        return core
            .WithLeadingTrivia(endOfLine, SyntaxFactory.Whitespace(indentation))
            .WithTrailingTrivia(endOfLine);
    }
}
