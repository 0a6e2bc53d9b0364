using System.Diagnostics;
using System.Globalization;
using AuditGen.RealWorld.Analysis;
using AuditGen.RealWorld.Packages;
using AuditGen.RealWorld.Projects;
using AuditGen.RealWorld.Reporting;
using AuditGen.RealWorld.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.RealWorld;

/// <summary>The scan, step by step: sources, projects, packages, compilation, analyzers, coverage, report.</summary>
internal static class Scanner
{
    public static async Task RunAsync(ScanOptions options, Action<string> log)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases[name] = clock.Elapsed.TotalSeconds;
            log($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {name} done");
            clock.Restart();
        }

        SourceSet sources = SourceCollector.Collect(options.Checkout);
        log($"{sources.Files.Count} .cs files, {sources.ProjectOf.Values.Distinct().Count()} projects");
        var reader = new ProjectReader(options.Checkout);
        var projects = new Dictionary<string, ProjectInfo?>(StringComparer.Ordinal);
        foreach (string path in sources.ProjectOf.Values.Distinct(StringComparer.Ordinal))
        {
            projects[path] = reader.Read(path);
        }

        Phase("projects");

        IReadOnlyList<string> framework = FrameworkReferences.Find();
        var frameworkNames = new HashSet<string>(framework.Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        MirrorCatalog? catalog = options.MirrorList is null ? null : MirrorCatalog.Parse(File.ReadLines(options.MirrorList));
        Dictionary<string, string> texts = sources.Files.ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
        // The repository's own packages are compiled from source here: restoring them too would define every type twice.
        var ownNames = new HashSet<string>(projects.Keys.Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        ownNames.UnionWith(projects.Values.OfType<ProjectInfo>().Select(p => p.AssemblyName));
        List<PackageRequest> requests = [.. projects.Values.OfType<ProjectInfo>().SelectMany(p => p.Packages).Where(p => !ownNames.Contains(p.Name))];
        IReadOnlyList<string> inferred = InferredPackages.Find(texts.Values, requests.Select(r => r.Name));
        requests.AddRange(inferred.Select(p => new PackageRequest(p, null)));
        RestoreResult restore = options.Restore
            ? new PackageRestorer(catalog, Path.Combine(options.Out, "restore"), log).Restore(requests, frameworkNames.Concat(ownNames).ToHashSet(StringComparer.OrdinalIgnoreCase))
            : new RestoreResult([], new Dictionary<string, List<string>>(), [], [], ["--no-restore"]);
        Phase("restore");

        var closure = new PackageClosure(restore, framework);
        IReadOnlyList<Compilation> compilations = options.PerProject
            ? ProjectCompilations.Create(sources.Files, sources.ProjectOf, projects, roots => roots is null ? closure.All() : closure.For(roots.Concat(inferred)))
            : [SingleCompilation.Create(options.Name, sources.Files, f => sources.ProjectOf.TryGetValue(f, out string? p) ? projects[p] : null, closure.All())];
        var set = new CompilationSet(compilations);
        Phase("parse");

        var hits = new Dictionary<string, IReadOnlyList<GrepHit>>(StringComparer.Ordinal);
        foreach (string file in sources.Files)
        {
            hits[file] = LogCallGrep.Find(texts[file]);
        }

        AnalysisResult analysis = await AnalyzerRun.RunAsync(compilations, log, CancellationToken.None);
        Phase("analyze");

        var builder = new FindingBuilder(set, options.Checkout);
        List<Finding> findings = builder.Build(analysis.Findings);
        LogCoverage coverage = LogCoverage.Measure(set, hits, analysis.BoundCalls, analysis.CompileErrors, builder.Relative);
        Phase("report");

        Dictionary<string, int> grepped = LogCallGrep.Count(hits.Values.SelectMany(h => h));
        var report = new ScanReport
        {
            Name = options.Name,
            Commit = options.Commit ?? GitCommit(options.Checkout),
            Checkout = options.Checkout,
            ScannedAt = DateTimeOffset.UtcNow,
            Mode = options.PerProject ? "one compilation per project" : "one compilation",
            Compilations = compilations.Count,
            CsFiles = sources.Files.Count,
            Projects = projects.Count,
            FilesOutsideProjects = sources.Files.Count - sources.ProjectOf.Count,
            SkippedDirectories = [.. sources.SkippedDirectories.Select(builder.Relative)],
            MetadataReferences = closure.DistinctReferences,
            PackagesInferred = inferred,
            PackagesTaken = restore.Taken,
            PackagesDropped = restore.Dropped,
            RestoreNotes = restore.Log,
            GreppedLogCalls = grepped,
            GreppedTotal = grepped.Values.Sum(),
            BoundLogCalls = analysis.BoundCalls.Count,
            BoundInGeneratedCode = analysis.BoundCalls.Count(c => c.GeneratedCode),
            BoundBySink = Counts(analysis.BoundCalls.Select(c => c.Sink)),
            GrepHitsWithBoundCall = coverage.Covered,
            GrepHitsComparable = coverage.Comparable,
            GrepHitsNotLogCalls = coverage.NotLogCalls,
            UnboundReasons = Counts(coverage.Unbound.Select(u => UnboundLogCalls.ReasonClass(u.Reason))),
            CompileErrors = analysis.CompileErrors.Count,
            TopErrors = Counts(analysis.CompileErrors.Select(e => e.Id)).Take(10).ToDictionary(),
            Analyzers = analysis.Analyzers,
            AnalyzerSeconds = analysis.AnalyzerTimes.ToDictionary(t => t.Key, t => Math.Round(t.Value.TotalSeconds, 3)),
            AnalyzerCrashes = [.. analysis.Crashes.Select(c => c.Analyzer + ": " + c.Exception)],
            FindingsById = Counts(findings.Select(f => f.Id)),
            PhaseSeconds = phases,
            Findings = findings,
        };

        Comparison? comparison = options.Compare is null ? null : Comparison.Of(ReportWriter.ReadJson(options.Compare).Findings, findings);
        ReportWriter.WriteJson(Path.Combine(options.Out, "findings.json"), report);
        ReportWriter.WriteMarkdown(Path.Combine(options.Out, "findings.md"), report, comparison);
        File.WriteAllLines(Path.Combine(options.Out, "unbound.txt"), coverage.Unbound.Select(u => $"{u.File}:{u.Line}\t{u.Pattern}\t{u.Reason}"));
        File.WriteAllLines(Path.Combine(options.Out, "errors.txt"), analysis.CompileErrors.Select(e => e.ToString()));
        File.WriteAllLines(Path.Combine(options.Out, "crashes.txt"), report.AnalyzerCrashes);
        Summarize(report, comparison, options.Out, log);
    }

    private static void Summarize(ScanReport r, Comparison? comparison, string output, Action<string> log)
    {
        static string Pct(int a, int b) => b == 0 ? "n/a" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        log($"{r.Name} @ {r.Commit}: {r.CsFiles} .cs files, {r.Projects} projects, {r.MetadataReferences} references ({r.PackagesTaken.Count} packages taken, {r.PackagesDropped.Count} dropped)");
        log($"compile errors: {r.CompileErrors}; top: {string.Join(", ", r.TopErrors.Select(e => $"{e.Key} {e.Value}"))}");
        log($"log calls grepped: {r.GreppedTotal} ({string.Join(", ", r.GreppedLogCalls.Select(e => $"{e.Key} {e.Value}"))})");
        log($"log calls bound: {r.BoundLogCalls} = {Pct(r.BoundLogCalls, r.GreppedTotal)} of grepped; grep hits with a bound call on their line: {r.GrepHitsWithBoundCall}/{r.GrepHitsComparable} = {Pct(r.GrepHitsWithBoundCall, r.GrepHitsComparable)}");
        log($"grep hits that are log calls (not comments, inactive code or calls to non-logging methods): {r.GrepHitsWithBoundCall}/{r.GrepHitsComparable - r.GrepHitsNotLogCalls} = {Pct(r.GrepHitsWithBoundCall, r.GrepHitsComparable - r.GrepHitsNotLogCalls)} bound");
        log($"findings: {r.Findings.Count} ({string.Join(", ", r.FindingsById.Select(e => $"{e.Key} {e.Value}"))}); analyzer crashes: {r.AnalyzerCrashes.Count}");
        if (comparison is not null)
        {
            log($"compared with previous run: {comparison.Lost.Count} lost, {comparison.New.Count} new");
        }

        log($"wrote {Path.Combine(output, "findings.md")}");
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string GitCommit(string checkout)
    {
        try
        {
            using Process? git = Process.Start(new ProcessStartInfo("git", ["-C", checkout, "rev-parse", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            string output = git?.StandardOutput.ReadToEnd().Trim() ?? string.Empty;
            git?.WaitForExit();
            return git?.ExitCode == 0 && output.Length > 0 ? output : "unknown (not a git work tree; pass --commit)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found; pass --commit)";
        }
    }
}
