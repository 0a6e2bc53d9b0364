using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using AuditGen.Generators.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AuditGen.RealWorld.Analysis;

/// <summary>An analyzer that threw: which one, and the exception with its stack.</summary>
internal sealed record AnalyzerCrash(string Analyzer, string Exception);

/// <summary>What one analyzer pass over the compilation produced.</summary>
internal sealed record AnalysisResult(
    IReadOnlyList<Diagnostic> Findings,
    IReadOnlyList<Diagnostic> CompileErrors,
    IReadOnlyList<BoundLogCall> BoundCalls,
    IReadOnlyList<AnalyzerCrash> Crashes,
    IReadOnlyList<string> Analyzers,
    IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes);

/// <summary>Runs AuditGen's secret analyzers (every analyzer in AuditGen.Generators with an AG1xxx id) and the bound-call counter in one pass.</summary>
internal static class AnalyzerRun
{
    public const string IdPrefix = "AG1";

    /// <summary>Every analyzer in the generator assembly that reports an id starting with <see cref="IdPrefix"/>.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> SecretAnalyzers() =>
        typeof(SecretLoggingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith(IdPrefix, StringComparison.Ordinal)))
            .OrderBy(a => a.GetType().Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Runs the analyzers over each compilation in turn (each one concurrently inside).</summary>
    public static async Task<AnalysisResult> RunAsync(IReadOnlyList<Compilation> compilations, Action<string> log, CancellationToken cancellationToken)
    {
        var counter = new BoundLogCallCounter();
        IReadOnlyList<DiagnosticAnalyzer> secret = SecretAnalyzers();
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. secret, counter];
        var crashes = new ConcurrentBag<AnalyzerCrash>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => crashes.Add(new AnalyzerCrash(analyzer.GetType().FullName ?? analyzer.ToString(), exception.ToString())),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var all = new List<Diagnostic>();
        var times = analyzers.ToDictionary(a => a.GetType().Name, _ => TimeSpan.Zero, StringComparer.Ordinal);
        for (int i = 0; i < compilations.Count; i++)
        {
            var withAnalyzers = new CompilationWithAnalyzers(compilations[i], analyzers, options);
            all.AddRange(await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken));
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                AnalyzerTelemetryInfo info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken);
                times[analyzer.GetType().Name] += info.ExecutionTime;
            }

            if (compilations.Count > 1 && (i + 1) % 10 == 0)
            {
                log($"analyzed {i + 1}/{compilations.Count} compilations");
            }
        }

        foreach (Diagnostic crash in all.Where(d => d.Id == "AD0001"))
        {
            crashes.Add(new AnalyzerCrash("AD0001", crash.ToString()));
        }

        return new AnalysisResult(
            all.Where(d => d.Id.StartsWith(IdPrefix, StringComparison.Ordinal)).OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList(),
            all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("AG", StringComparison.Ordinal) && d.Id != "AD0001").ToList(),
            [.. counter.Calls],
            [.. crashes],
            [.. secret.Select(a => a.GetType().Name)],
            times);
    }
}
