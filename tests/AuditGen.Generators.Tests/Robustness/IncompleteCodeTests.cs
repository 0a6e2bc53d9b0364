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
        Sources.Service("void M(string token) { _logger.LogInformation(\"{Token}\", ; }"),
        Sources.Service("void M(string token) { _logger.LogInformation($\"{token\"); }"),
        Sources.Service("void M(string token) { _logger.LogInformation(\"{Token\", token); }"),
        Sources.Service("void M(string token) { _logger.LogInformation(\"{{Token}}\", token, token, token); }"),
        Sources.Service("void M(string token) { var t = t; _logger.LogInformation(\"{T}\", t); }"),
        Sources.Service("void M(string token) { string a = b, b = a; _logger.LogInformation(\"{A}\", a); }"),
        Sources.Service("void M(string token) { _logger.BeginScope(new System.Collections.Generic.Dictionary<string, object> { [token] = , }); }"),
        Sources.Service("void M(string token) { _logger.LogInformation(Unknown.Template, token.Missing()); }"),
        Sources.Service("void M(string token) { Serilog.Log.Information(\"{A}\", token, ); }"),
        Sources.Service("[LoggerMessage(Message = )] static partial void Broken(ILogger logger, string password);"),
        Sources.Service("void M(Missing secret) { _logger.LogInformation(\"{@Secret}\", secret); }"),
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

    public static TheoryData<string> CorpusFiles =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "tests", "AuditGen.Generators.Tests", "SecretCorpus"), "*.cs").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_prefix_of_a_logging_file_is_handled(string file)
    {
        string source = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "AuditGen.Generators.Tests", "SecretCorpus", file));
        for (int length = source.IndexOf("public", StringComparison.Ordinal); length < source.Length; length += 41)
        {
            await AssertNoCrashAsync(source[..length]);
        }
    }

    private static async Task AssertNoCrashAsync(string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source).WithReferences(TestReferences.WithLoggingLibraries);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(
            compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        Assert.All(driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        Assert.Empty(generatorDiagnostics);

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers([new AuditMethodAnalyzer(), new AuditGen.Generators.Analyzers.Secrets.SecretLoggingAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
