using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace AuditGen.CodeFixes;

/// <summary>Syntax edits shared by the code fixes, written to keep the user's trivia in place.</summary>
internal static class SyntaxEdits
{
    private static readonly SyntaxKind[] Accessibility =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword];

    /// <summary>Replaces a method's modifiers with <paramref name="kinds"/>, keeping the declaration's leading trivia.</summary>
    public static MethodDeclarationSyntax WithModifierKinds(MethodDeclarationSyntax method, IReadOnlyList<SyntaxKind> kinds)
    {
        SyntaxTriviaList leading = method.Modifiers.Count > 0 ? method.Modifiers[0].LeadingTrivia : method.ReturnType.GetLeadingTrivia();
        if (method.Modifiers.Count == 0)
        {
            method = method.WithReturnType(method.ReturnType.WithoutLeadingTrivia());
        }

        if (kinds.Count == 0)
        {
            return method.WithModifiers(default).WithReturnType(method.ReturnType.WithLeadingTrivia(leading));
        }

        List<SyntaxToken> tokens = kinds.Select(k => SyntaxFactory.Token(k).WithTrailingTrivia(SyntaxFactory.Space)).ToList();
        tokens[0] = tokens[0].WithLeadingTrivia(leading);
        return method.WithModifiers(SyntaxFactory.TokenList(tokens));
    }

    public static bool IsAccessibility(SyntaxKind kind) => Accessibility.Contains(kind);

    public static List<SyntaxKind> Kinds(SyntaxTokenList modifiers) => modifiers.Select(m => m.Kind()).ToList();

    /// <summary>Keeps every modifier but the accessibility ones, and puts <c>private</c> first.</summary>
    public static List<SyntaxKind> AsPrivate(IEnumerable<SyntaxKind> kinds) =>
        kinds.Where(k => !Accessibility.Contains(k)).Prepend(SyntaxKind.PrivateKeyword).ToList();

    /// <summary>Makes a type declaration and every type declaration containing it <c>partial</c>.</summary>
    public static SyntaxNode MakeTypesPartial(SyntaxNode root, TypeDeclarationSyntax innermost)
    {
        TypeDeclarationSyntax[] chain = innermost.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().ToArray();
        return root.ReplaceNodes(chain, static (_, rewritten) => WithPartial(rewritten));
    }

    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return type;
        }

        SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (type.Modifiers.Count > 0)
        {
            return type.WithModifiers(type.Modifiers.Add(partial));
        }

        // "class C" → "partial class C": the keyword's leading trivia moves to the new first token.
        return type.WithKeyword(type.Keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(type.Keyword.LeadingTrivia)));
    }

    /// <summary>A Core parameter: without attributes (they describe the public method) and without <c>this</c>.</summary>
    public static ParameterSyntax CoreParameter(ParameterSyntax parameter) =>
        parameter.WithAttributeLists(default)
            .WithModifiers(SyntaxFactory.TokenList(parameter.Modifiers.Where(m => !m.IsKind(SyntaxKind.ThisKeyword))))
            .WithLeadingTrivia(parameter.GetLeadingTrivia());

    /// <summary>The document's own line ending, so inserted lines match the file.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        SyntaxTrivia existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.LineFeed;
    }

    /// <summary>Replaces the root and adds the usings that annotated fully qualified names need (<c>using AuditGen;</c>).</summary>
    public static Task<Document> WithRootAndImportsAsync(Document document, SyntaxNode root, CancellationToken cancellationToken) =>
        ImportAdder.AddImportsAsync(document.WithSyntaxRoot(root), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);
}
