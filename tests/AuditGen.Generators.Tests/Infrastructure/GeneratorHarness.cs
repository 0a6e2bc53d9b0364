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

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new AuditGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run([StringSyntax("C#")] string source) => Run([source]);

    public static GeneratorRun Run(string[] sources, CSharpParseOptions? parseOptions = null)
    {
        CSharpCompilation compilation = Compile(sources, parseOptions ?? ParseOptions);
        GeneratorDriver driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        IncrementalAssert.RerunIsCached(driver, compilation);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }
}
