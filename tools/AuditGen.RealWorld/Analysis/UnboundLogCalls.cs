using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.RealWorld.Analysis;

/// <summary>A text match with no bound log call on its line, and the likely reason.</summary>
internal sealed record UnboundHit(string File, int Line, string Pattern, string Reason);

/// <summary>Explains the text matches that did not bind: inactive code, comments, a call to something that is not a
/// logger, or a compile error (unresolved receiver or argument) on the call.</summary>
internal static class UnboundLogCalls
{
    public static UnboundHit Explain(SemanticModel model, SyntaxTree tree, GrepHit hit, string relativeFile, ILookup<int, Diagnostic> errorsByLine)
    {
        SourceText text = tree.GetText();
        if (hit.Line - 1 >= text.Lines.Count)
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, "line not in tree");
        }

        TextLine line = text.Lines[hit.Line - 1];
        int column = FindOnLine(text.ToString(line.Span), hit.Pattern);
        int position = line.Start + Math.Max(column, 0);
        SyntaxNode root = tree.GetRoot();
        SyntaxTrivia trivia = root.FindTrivia(position, findInsideTrivia: true);
        if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, "inactive #if code");
        }

        if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
            || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
            || trivia.GetStructure() is not null)
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, "comment");
        }

        SyntaxToken token = root.FindToken(position + 1);
        if (token.Parent?.AncestorsAndSelf().Any(a => a is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax) == true)
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, "string literal");
        }

        InvocationExpressionSyntax? invocation = token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (invocation is null)
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, hit.Pattern == LogCallGrep.LoggerMessage ? "[LoggerMessage] declaration (calls are counted)" : "not an invocation");
        }

        Diagnostic? error = errorsByLine[hit.Line].FirstOrDefault(e => e.Location.SourceSpan.IntersectsWith(invocation.Span));
        if (error is not null)
        {
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, "compile error " + error.Id + ": " + Shorten(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        SymbolInfo info = model.GetSymbolInfo(invocation);
        if (info.Symbol is IMethodSymbol method)
        {
            // The analyzers find the logging types with GetTypeByMetadataName, which finds nothing when two references carry the type.
            string container = method.ContainingType?.ToDisplayString() ?? "?";
            bool hidden = method.ContainingType is not null && model.Compilation.GetTypeByMetadataName(container) is null
                && model.Compilation.GetTypesByMetadataName(container).Length > 1;
            return new UnboundHit(relativeFile, hit.Line, hit.Pattern, $"calls {container}.{method.Name}{(hidden ? " (type defined in more than one reference: GetTypeByMetadataName returns null)" : string.Empty)}");
        }

        return info.CandidateSymbols.Length > 0
            ? new UnboundHit(relativeFile, hit.Line, hit.Pattern, "unresolved (" + info.CandidateReason + "): " + info.CandidateSymbols[0].ContainingType?.ToDisplayString())
            : new UnboundHit(relativeFile, hit.Line, hit.Pattern, "unresolved, no error on the call (an error elsewhere in the statement?)");
    }

    /// <summary>A reason without the specifics, for counting: "calls Foo.Bar.Baz" stays whole, error messages keep the id.</summary>
    public static string ReasonClass(string reason)
    {
        int colon = reason.IndexOf(':', StringComparison.Ordinal);
        return reason.StartsWith("compile error ", StringComparison.Ordinal) && colon > 0 ? reason[..colon] : reason;
    }

    private static int FindOnLine(string line, string pattern)
    {
        foreach ((string name, System.Text.RegularExpressions.Regex regex) in LogCallGrep.Patterns)
        {
            if (name == pattern && regex.Match(line) is { Success: true } match)
            {
                return match.Index;
            }
        }

        return -1;
    }

    private static string Shorten(string message) => message.Length <= 160 ? message : message[..157] + "...";
}
