using System.Globalization;
using AuditGen.RealWorld.Analysis;
using Microsoft.CodeAnalysis;

namespace AuditGen.RealWorld.Reporting;

/// <summary>Turns analyzer diagnostics into numbered findings with their containing member, source lines and fingerprint.</summary>
internal sealed class FindingBuilder(CompilationSet compilations, string checkout)
{
    private const int Context = 3;
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public List<Finding> Build(IEnumerable<Diagnostic> diagnostics)
    {
        var findings = new List<Finding>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            SyntaxTree? tree = diagnostic.Location.SourceTree;
            string path = tree?.FilePath ?? string.Empty;
            string relative = Relative(path);
            int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
            string member = tree is null ? "?" : Member(tree, diagnostic.Location.SourceSpan.Start);
            string argument = tree is null ? string.Empty : tree.GetText().ToString(diagnostic.Location.SourceSpan);
            string computed = Fingerprints.Compute(diagnostic.Id, relative, member, argument);
            string fingerprint = diagnostic.Properties.TryGetValue(Fingerprints.PropertyName, out string? given) && given is not null ? given : computed;
            findings.Add(new Finding(
                findings.Count + 1,
                diagnostic.Id,
                relative,
                line,
                member,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                Snippet(path, line),
                fingerprint,
                computed));
        }

        return findings;
    }

    public string Relative(string path) => path.Length == 0 ? "?" : Path.GetRelativePath(checkout, path).Replace('\\', '/');

    /// <summary>Type.Member around a position: lambdas and local functions count as the member that holds them.</summary>
    public string Member(SyntaxTree tree, int position)
    {
        ISymbol? symbol;
        try
        {
            symbol = compilations.Model(tree).GetEnclosingSymbol(position);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "? (the compiler threw: " + e.GetType().Name + ")";
        }

        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol switch
        {
            null => "?",
            INamedTypeSymbol type => TypeName(type),
            IMethodSymbol { AssociatedSymbol: { } property } => TypeName(property.ContainingType) + "." + property.Name,
            _ => TypeName(symbol.ContainingType) + "." + (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "ctor" : symbol.Name),
        };
    }

    private static string TypeName(INamedTypeSymbol? type)
    {
        var names = new Stack<string>();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            names.Push(t.Name);
        }

        return names.Count == 0 ? "<global>" : string.Join('.', names);
    }

    private List<string> Snippet(string path, int line)
    {
        if (!_lines.TryGetValue(path, out string[]? lines))
        {
            _lines[path] = lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        }

        var snippet = new List<string>();
        for (int i = Math.Max(1, line - Context); i <= Math.Min(lines.Length, line + Context); i++)
        {
            snippet.Add(string.Create(CultureInfo.InvariantCulture, $"{i,5}{(i == line ? ">" : " ")} {lines[i - 1]}"));
        }

        return snippet;
    }
}
