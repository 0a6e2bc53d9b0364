using System.Collections.Immutable;
using AuditGen.Generators.Analyzers;
using AuditGen.Generators.Analyzers.Secrets;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Benchmarks.Build;

/// <summary>
/// AuditGen's analyzers over a project of N log calls (a quarter of them leaking), via <see cref="CompilationWithAnalyzers"/>.
/// Running any analyzer re-binds the compilation and builds its operation trees, so the baseline runs an analyzer that
/// registers the same invocation callback and does nothing: the difference is AuditGen's own cost.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [Params(1000, 5000)]
    public int LogCalls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = SyntheticProject.LogCalls(LogCalls);
        _ = _compilation.GetDiagnostics(); // bind once: the benchmark measures the analyzers, not the compiler's binding
    }

    [Benchmark(Baseline = true)]
    public Task<int> EmptyInvocationAnalyzer() => RunAsync(new EmptyAnalyzer());

    [Benchmark]
    public Task<int> AuditGenAnalyzers() => RunAsync(new SecretLoggingAnalyzer(), new AuditMethodAnalyzer());

    private async Task<int> RunAsync(params DiagnosticAnalyzer[] analyzers)
    {
        ImmutableArray<Diagnostic> diagnostics = await _compilation.WithAnalyzers([.. analyzers]).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Length;
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        }
    }
}
