using Microsoft.CodeAnalysis;

namespace AuditGen.RealWorld.Analysis;

/// <summary>Text matches of log calls set against the bound calls: which matches have a bound call on their line,
/// and why the others do not.</summary>
internal sealed record LogCoverage(int Comparable, int Covered, IReadOnlyList<UnboundHit> Unbound)
{
    public static LogCoverage Measure(
        CompilationSet compilations,
        IReadOnlyDictionary<string, IReadOnlyList<GrepHit>> hitsByFile,
        IEnumerable<BoundLogCall> bound,
        IEnumerable<Diagnostic> errors,
        Func<string, string> relative)
    {
        var boundLines = new HashSet<(string, int)>(bound.Select(b => (b.File, b.Line)));
        Dictionary<string, ILookup<int, Diagnostic>> errorsByFile = errors
            .Where(e => e.Location.SourceTree is not null)
            .GroupBy(e => e.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToLookup(e => e.Location.GetLineSpan().StartLinePosition.Line + 1), StringComparer.Ordinal);
        ILookup<int, Diagnostic> none = Array.Empty<Diagnostic>().ToLookup(e => 0);
        int comparable = 0;
        int covered = 0;
        var unbound = new List<UnboundHit>();
        foreach ((string file, IReadOnlyList<GrepHit> hits) in hitsByFile)
        {
            foreach (GrepHit hit in hits.Where(h => h.Pattern != LogCallGrep.LoggerMessage))
            {
                comparable++;
                if (boundLines.Contains((file, hit.Line)))
                {
                    covered++;
                }
                else if (compilations.Tree(file) is { } tree)
                {
                    unbound.Add(UnboundLogCalls.Explain(compilations.Model(tree), tree, hit, relative(file), errorsByFile.GetValueOrDefault(file) ?? none));
                }
            }
        }

        return new LogCoverage(comparable, covered, unbound);
    }
}
