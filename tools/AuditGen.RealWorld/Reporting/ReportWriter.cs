using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AuditGen.RealWorld.Reporting;

/// <summary>Writes findings.json (everything) and findings.md (for reading and judging).</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void WriteJson(string path, ScanReport report) => File.WriteAllText(path, JsonSerializer.Serialize(report, Json));

    public static ScanReport ReadJson(string path) =>
        JsonSerializer.Deserialize<ScanReport>(File.ReadAllText(path), Json) ?? throw new InvalidDataException("empty report: " + path);

    public static void WriteMarkdown(string path, ScanReport r, Comparison? comparison)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# AuditGen real-world scan: {r.Name}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Commit: `{r.Commit}`; scanned {r.ScannedAt:u}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- .cs files: {r.CsFiles} in {r.Projects} projects ({r.FilesOutsideProjects} outside any project); skipped directories: {r.SkippedDirectories.Count} (bin, obj, hidden, node_modules)");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Mode: {r.Mode} ({r.Compilations} compilations)");
        md.AppendLine(CultureInfo.InvariantCulture, $"- References: {r.MetadataReferences}; packages taken {r.PackagesTaken.Count}, dropped {r.PackagesDropped.Count}, inferred from usings: {(r.PackagesInferred.Count == 0 ? "none" : string.Join(", ", r.PackagesInferred))}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Log calls by grep: {r.GreppedTotal} ({Pairs(r.GreppedLogCalls)})");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Bound log calls: {r.BoundLogCalls} ({Pairs(r.BoundBySink)}); {r.BoundInGeneratedCode} of them in generated code, which the analyzers skip");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Bound/grepped: {Percent(r.BoundLogCalls, r.GreppedTotal)}; grep hits (calls, not [LoggerMessage] declarations) with a bound call on their line: {r.GrepHitsWithBoundCall}/{r.GrepHitsComparable} = {Percent(r.GrepHitsWithBoundCall, r.GrepHitsComparable)}");
        int logCalls = r.GrepHitsComparable - r.GrepHitsNotLogCalls;
        md.AppendLine(CultureInfo.InvariantCulture, $"- Grep hits that are log calls (without comments, inactive code, strings and calls that bind to non-logging methods): {logCalls}; bound: {r.GrepHitsWithBoundCall} = {Percent(r.GrepHitsWithBoundCall, logCalls)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Compile errors: {r.CompileErrors}; top: {Pairs(r.TopErrors)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Analyzers: {string.Join(", ", r.Analyzers)}; crashes: {r.AnalyzerCrashes.Count}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Findings: {r.Findings.Count} ({Pairs(r.FindingsById)})");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Time (s): {string.Join(", ", r.PhaseSeconds.Select(p => $"{p.Key} {p.Value:0.0}"))}; analyzers: {string.Join(", ", r.AnalyzerSeconds.Select(p => $"{p.Key} {p.Value:0.000}"))}");
        md.AppendLine();
        md.AppendLine("Grep hits without a bound call, by reason:");
        md.AppendLine();
        foreach ((string reason, int count) in r.UnboundReasons.OrderByDescending(p => p.Value).Take(25))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {count}: {reason}");
        }

        if (comparison is not null)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## Compared with the previous run: {comparison.Lost.Count} lost, {comparison.New.Count} new");
            md.AppendLine();
            foreach (Finding f in comparison.Lost)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- lost: {f.Id} {f.File}:{f.Line} {f.Member} — `{f.Fingerprint}`");
            }

            foreach (Finding f in comparison.New)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- new: #{f.Number} {f.Id} {f.File}:{f.Line} {f.Member} — `{f.Fingerprint}`");
            }
        }

        md.AppendLine();
        md.AppendLine("## Findings");
        foreach (Finding f in r.Findings)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {f.Number}. {f.Id} {f.File}:{f.Line}");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- Member: `{f.Member}`");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Message: {f.Message}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Fingerprint: `{f.Fingerprint}`");
            md.AppendLine("- Verdict: ");
            md.AppendLine();
            md.AppendLine("```csharp");
            foreach (string line in f.Source)
            {
                md.AppendLine(line);
            }

            md.AppendLine("```");
        }

        File.WriteAllText(path, md.ToString());
    }

    private static string Pairs<T>(IReadOnlyDictionary<string, T> values) =>
        values.Count == 0 ? "none" : string.Join(", ", values.Select(p => $"{p.Key} {p.Value}"));

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
