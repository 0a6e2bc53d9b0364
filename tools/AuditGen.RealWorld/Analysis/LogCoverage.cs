using Microsoft.CodeAnalysis;

namespace AuditGen.RealWorld.Analysis;

/// <summary>Text matches of log calls set against the bound calls: which matches have a bound call on their line,
/// and why the others do not.</summary>
internal sealed record LogCoverage(int Comparable, int Covered, IReadOnlyList<UnboundHit> Unbound)
{
    private static readonly string[] LoggingApis =
    [
        "Microsoft.Extensions.Logging.LoggerExtensions", "Microsoft.Extensions.Logging.ILogger", "Microsoft.Extensions.Logging.LoggerMessage",
        "Serilog.ILogger", "Serilog.Log",
    ];

    /// <summary>Unbound hits that are no log call at all: comments, inactive code, strings, and calls that bound to a
    /// method of something other than a logging API (a test log interface, a workflow context's Log).</summary>
    public int NotLogCalls => Unbound.Count(u => IsNotLogCall(u.Reason));

    /// <summary>Whether an unbound hit's reason shows it is not a log call.</summary>
    public static bool IsNotLogCall(string reason) =>
        reason is "comment" or "inactive #if code" or "string literal" or "not an invocation"
        || (reason.StartsWith("calls ", StringComparison.Ordinal) && !LoggingApis.Any(api => reason.StartsWith("calls " + api + ".", StringComparison.Ordinal)));

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
