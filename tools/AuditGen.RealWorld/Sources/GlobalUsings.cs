using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.RealWorld.Sources;

/// <summary>Turns project-wide usings into plain usings of that project's files, so one compilation of many
/// projects does not leak one project's global usings into another.</summary>
/// <remarks>Line numbers never move: a file's <c>global using</c> directives are blanked with spaces, and the
/// project's usings are inserted on the line of the file's first using or member, before it.</remarks>
internal static class GlobalUsings
{
    /// <summary>The bodies of a file's <c>global using</c> directives: <c>System</c>, <c>static X.Y</c>, <c>A = X.Y</c>.</summary>
    public static IEnumerable<string> Declared(SyntaxTree tree) =>
        ((CompilationUnitSyntax)tree.GetRoot()).Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).Select(Body);

    /// <summary>The body of a using directive without <c>global</c>, <c>using</c> and <c>;</c>, whitespace normalised.</summary>
    public static string Body(UsingDirectiveSyntax directive)
    {
        string name = Normalize(directive.NamespaceOrType.ToString());
        string prefix = directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) ? "static " : string.Empty;
        return directive.Alias is { } alias ? $"{alias.Name.Identifier.ValueText} = {name}" : prefix + name;
    }

    /// <summary>Rewrites one file: blanks its global usings and inserts <paramref name="usings"/> (bodies as from
    /// <see cref="Body"/>) that the file does not already have.</summary>
    public static SourceText Rewrite(SyntaxTree tree, IReadOnlyList<string> usings)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        SourceText text = tree.GetText();
        var changes = new List<TextChange>();
        foreach (UsingDirectiveSyntax global in root.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
        {
            string original = text.ToString(global.Span);
            changes.Add(new TextChange(global.Span, new string(original.Select(c => c is '\r' or '\n' ? c : ' ').ToArray())));
        }

        var present = new HashSet<string>(root.Usings.Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).Select(Body), StringComparer.Ordinal);
        var aliases = new HashSet<string>(root.Usings.Where(u => u.Alias is not null && !u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            .Select(u => u.Alias!.Name.Identifier.ValueText), StringComparer.Ordinal);
        List<string> missing = usings.Where(u => !present.Contains(u) && !(AliasOf(u) is { } a && aliases.Contains(a))).Distinct(StringComparer.Ordinal).ToList();
        SyntaxNode? first = (SyntaxNode?)root.Usings.FirstOrDefault() ?? (SyntaxNode?)root.AttributeLists.FirstOrDefault() ?? root.Members.FirstOrDefault();
        if (missing.Count > 0 && first is not null)
        {
            int position = first.SpanStart;
            changes.Add(new TextChange(new TextSpan(position, 0), string.Concat(missing.Select(u => $"using {u}; "))));
        }

        return changes.Count == 0 ? text : text.WithChanges(changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length));
    }

    private static string? AliasOf(string body)
    {
        int equals = body.IndexOf(" = ", StringComparison.Ordinal);
        return equals < 0 ? null : body[..equals];
    }

    private static string Normalize(string name) => new(name.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
