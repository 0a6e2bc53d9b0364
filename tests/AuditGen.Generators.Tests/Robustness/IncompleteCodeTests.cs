using System.Collections.Immutable;
using AuditGen.Generators.Analyzers;
using AuditGen.Generators.Tests.Generation;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Tests.Robustness;

/// <summary>Code as typed in an editor must never make the generator or the analyzer throw.</summary>
public sealed class IncompleteCodeTests
{
    public static TheoryData<string> BrokenSources =>
    [
        Sources.Service("[Audit(\"x\")] public partial void Run("),
        Sources.Service("[Audit(\"x\")] public partial void Run() {"),
        Sources.Service("[Audit] public partial void Run();"),
        Sources.Service("[Audit(42)] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[Audit(\"x\", Level = (LogLevel)99, EventId = -1)] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[TrackPerformance(\"slow\")] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[TrackPerformance] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[Audit(\"x\")] public partial Unknown Run(Missing value); private Unknown RunCore(Missing value) => default;"),
        Sources.Service("[Audit(\"x\")] public partial Task<Unknown> RunAsync(); private Task<Unknown> RunAsyncCore() => null!;"),
        Sources.Service("[Audit(\"x\")] public partial void Run<T>(T value) where T : Missing; private void RunCore<T>(T value) where T : Missing { }"),
        Sources.Service("[Audit(\"x\")] public partial void Run(); private void RunCore() { } private void RunCore() { }"),
        Sources.Service("[Audit(\"x\")] public partial void Run(); [Audit(\"x\")] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[Audit(\"x\")] public partial void (); private void Core() { }"),
        Sources.Service("[Audit(\"x\")] [Audit(\"y\")] public partial void Run(); private void RunCore() { }"),
        Sources.Service("[Audit(\"x\")] public partial void Run([LogProperties] Missing value); private void RunCore(Missing value) { }"),
        Sources.Service("[Audit(\"x\")] public partial void Run(__arglist); private void RunCore(__arglist) { }"),
        Sources.Service("[Audit(\"x\")] public partial void Run(int* pointer); private void RunCore(int* pointer) { }"),
        Sources.InNamespace("[Audit(\"x\")] public partial void Orphan();"),
        Sources.InNamespace("public partial interface IThing { [Audit(\"x\")] partial void Run(); }"),
        Sources.InNamespace("public partial class Broken<T where T : { [Audit(\"x\")] public partial void Run(); private void RunCore() { } }"),
        "[Audit(\"x\")] partial void TopLevel();",
        "using AuditGen; [Audit(\"x\")]",
        "using AuditGen; class C { [Audit(\"x\")] int field; [Audit(\"x\")] C() { } }",
    ];

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task Broken_code_never_throws(string source) => await AssertNoCrashAsync(source);

    [Theory]
    [MemberData(nameof(SupportedShapes.Names), MemberType = typeof(SupportedShapes))]
    public async Task Every_prefix_of_a_valid_file_is_handled(string shape)
    {
        string source = SupportedShapes.Source(shape);
        int start = source.IndexOf("partial", StringComparison.Ordinal);
        for (int length = start; length < source.Length; length += 9)
        {
            await AssertNoCrashAsync(source[..length]);
        }
    }

    private static async Task AssertNoCrashAsync(string source)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(
            GeneratorHarness.Compile(source), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        Assert.All(driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        Assert.Empty(generatorDiagnostics);

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers([new AuditMethodAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
