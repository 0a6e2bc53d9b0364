using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="AuditGenerator"/> over source text. Every run also proves that a rerun is fully cached.</summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) => Compile(sources, ParseOptions);

    public static CSharpCompilation Compile(string[] sources, CSharpParseOptions parseOptions) =>
        CSharpCompilation.Create(
            "Tests",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs")),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            [new AuditGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs with build-wide options, e.g. <c>("build_property.AuditGenKeyProfile", "OpenTelemetry")</c>.</summary>
    public static GeneratorRun RunWith(string source, params (string Key, string Value)[] globalOptions)
    {
        CSharpCompilation compilation = Compile([source], ParseOptions);
        GeneratorDriver driver = CreateDriver(null, TestOptionsProvider.Global(globalOptions))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        IncrementalAssert.RerunIsCached(driver, compilation);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    public static GeneratorRun Run([StringSyntax("C#")] string source) => Run([source]);

    public static GeneratorRun Run(string[] sources, CSharpParseOptions? parseOptions = null)
    {
        CSharpCompilation compilation = Compile(sources, parseOptions ?? ParseOptions);
        GeneratorDriver driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        IncrementalAssert.RerunIsCached(driver, compilation);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }
}
