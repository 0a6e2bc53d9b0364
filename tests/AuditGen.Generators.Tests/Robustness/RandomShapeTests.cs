using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AuditGen.Generators.Tests.Robustness;

/// <summary>
/// Random legal declarations (<see cref="RandomShapes"/>) compiled with the generator in-process, then run: no error or
/// warning may appear in a generated file, the generator may not throw, every method must be implemented, and each call
/// must write exactly the records it promises. 2,000 cases per run from a fixed seed; set AUDITGEN_FUZZ_SEED and
/// AUDITGEN_FUZZ_CASES to explore further (a failure prints the seed of its batch).
/// </summary>
public sealed class RandomShapeTests(ITestOutputHelper output)
{
    private const int CasesPerCompilation = 50;

    [Fact]
    public void Random_legal_declarations_compile_and_write_exactly_their_records()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_FUZZ_SEED"), out int s) ? s : 20261130;
        int cases = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_FUZZ_CASES"), out int c) ? c : 2000;
        var failures = new List<string>();
        for (int batch = 0; batch * CasesPerCompilation < cases && failures.Count < 5; batch++)
        {
            int batchSeed = seed + batch;
            failures.AddRange(RunBatch(batchSeed, Math.Min(CasesPerCompilation, cases - (batch * CasesPerCompilation))));
        }

        output.WriteLine($"{cases} random cases from seed {seed}: {failures.Count} failing batches");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static IEnumerable<string> RunBatch(int seed, int count)
    {
        var shapes = new RandomShapes(seed);
        var cases = Enumerable.Range(0, count).Select(i => shapes.Next(i)).ToList();
        string harness = "public static class Harness\n{\n"
            + string.Concat(cases.Select((c, i) => $"    public static void Case{i}(global::Microsoft.Extensions.Logging.ILogger logger) {{ {c.Call} }}\n"))
            + "}\n";
        string[] sources = [Sources.Usings + RandomShapes.Prelude, .. cases.Select(c => Sources.Usings + c.Declaration), harness];
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Fuzz" + seed,
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"Case{i}.cs")),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        GeneratorDriver driver = GeneratorHarness.CreateDriver(parse).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        string Describe(string problem) => $"seed {seed}: {problem}\n--- user code ---\n{string.Join("\n", cases.Select(c => c.Declaration))}";

        if (result.Exception is not null || generatorDiagnostics.Any(d => d.Id is "CS8784" or "CS8785"))
        {
            yield return Describe($"the generator failed: {result.Exception}{string.Join("\n", generatorDiagnostics)}");
            yield break;
        }

        ImmutableArray<Diagnostic> diagnostics = output.GetDiagnostics();
        var inGenerated = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".Audit.g.cs", StringComparison.Ordinal) == true)
            .ToList();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (inGenerated.Count > 0 || errors.Count > 0)
        {
            // A method the generator skipped: say why, in the analyzer's words.
            string reasons = string.Join("\n", Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerExtensions.WithAnalyzers(compilation, [new AuditGen.Generators.Analyzers.AuditMethodAnalyzer()]).GetAnalyzerDiagnosticsAsync().Result);
            string generated = string.Join("\n", result.GeneratedSources.Where(g => inGenerated.Any(d => d.Location.SourceTree!.FilePath.EndsWith(g.HintName, StringComparison.Ordinal))).Select(g => g.SourceText.ToString()));
            yield return Describe($"diagnostics:\n{string.Join("\n", inGenerated.Concat(errors).Distinct().Take(20))}\n--- analyzer ---\n{reasons}\n--- generated ---\n{generated}");
            yield break;
        }

        foreach ((int index, string failure) in Run(output, cases.Select(c => c.ExpectsRecord).ToList()))
        {
            yield return $"seed {seed}: {failure}\n--- user code ---\n{cases[index].Declaration}";
        }
    }

    private static IEnumerable<(int Index, string Failure)> Run(Compilation output, List<bool> expectsRecord)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success)
        {
            yield return (0, "emit failed: " + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            yield break;
        }

        var context = new AssemblyLoadContext("fuzz", isCollectible: true);
        try
        {
            stream.Position = 0;
            Type harness = context.LoadFromStream(stream).GetType("Harness")!;
            for (int i = 0; i < expectsRecord.Count; i++)
            {
                var logger = new CountingLogger();
                AuditLog.UseLoggerFactory(new CountingFactory(logger));
                string? failure = null;
                try
                {
                    harness.GetMethod("Case" + i)!.Invoke(null, [logger]);
                }
                catch (TargetInvocationException exception)
                {
                    failure = $"case {i} threw {exception.InnerException}";
                }

                // A truly awaiting call's record is written by the continuation on Core's task; a blocking wait, as here,
                // can wake just before it runs.
                int expected = expectsRecord[i] ? 1 : 0;
                SpinWait.SpinUntil(() => logger.Completions >= expected, TimeSpan.FromSeconds(5));
                if (failure is null && logger.Completions != expected)
                {
                    failure = $"case {i} wrote {logger.Completions} completion records, expected {expected}";
                }

                if (failure is not null)
                {
                    yield return (i, failure);
                }
            }
        }
        finally
        {
            AuditLog.UseLoggerFactory(null);
            context.Unload();
        }
    }

    private sealed class CountingLogger : ILogger
    {
        private int _completions;

        public int Completions => Volatile.Read(ref _completions);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            _ = formatter(state, exception); // formatting must not throw either
            if (eventId.Name?.EndsWith(".slow", StringComparison.Ordinal) != true)
            {
                Interlocked.Increment(ref _completions);
            }
        }
    }

    private sealed class CountingFactory(ILogger logger) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
