using System.Text.RegularExpressions;

namespace AuditGen.RealWorld.Analysis;

/// <summary>One text match of a log call: the pattern that matched, its 1-based line and 0-based column.</summary>
internal sealed record GrepHit(string Pattern, int Line, int Column);

/// <summary>Counts log calls by regular expressions over the text, comments and inactive code included:
/// the yardstick the bound count is measured against.</summary>
internal static partial class LogCallGrep
{
    public const string MelLevel = "ILogger.Log<Level>(";
    public const string MelLog = "ILogger.Log(";
    public const string Serilog = "Serilog .<Level>(";
    public const string LoggerMessage = "[LoggerMessage";

    /// <summary>The patterns, by name, in report order.</summary>
    public static IReadOnlyList<(string Name, Regex Regex)> Patterns { get; } =
    [
        (MelLevel, MelLevelRegex()),
        (MelLog, MelLogRegex()),
        (Serilog, SerilogRegex()),
        (LoggerMessage, LoggerMessageRegex()),
    ];

    /// <summary>Every match in a file's text.</summary>
    public static IReadOnlyList<GrepHit> Find(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var hits = new List<GrepHit>();
        foreach ((string name, Regex regex) in Patterns)
        {
            foreach (Match match in regex.Matches(text))
            {
                int line = lineStarts.BinarySearch(match.Index);
                line = line < 0 ? ~line - 1 : line;
                hits.Add(new GrepHit(name, line + 1, match.Index - lineStarts[line]));
            }
        }

        return hits.OrderBy(h => h.Line).ThenBy(h => h.Column).ToList();
    }

    /// <summary>Hits per pattern name (every pattern present, zero when unmatched).</summary>
    public static Dictionary<string, int> Count(IEnumerable<GrepHit> hits)
    {
        Dictionary<string, int> counts = Patterns.ToDictionary(p => p.Name, _ => 0, StringComparer.Ordinal);
        foreach (GrepHit hit in hits)
        {
            counts[hit.Pattern]++;
        }

        return counts;
    }

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\s*\(")]
    private static partial Regex MelLevelRegex();

    [GeneratedRegex(@"\.Log\s*\(")]
    private static partial Regex MelLogRegex();

    [GeneratedRegex(@"\.(Verbose|Debug|Information|Warning|Error|Fatal)\s*\(")]
    private static partial Regex SerilogRegex();

    [GeneratedRegex(@"\[LoggerMessage")]
    private static partial Regex LoggerMessageRegex();
}
