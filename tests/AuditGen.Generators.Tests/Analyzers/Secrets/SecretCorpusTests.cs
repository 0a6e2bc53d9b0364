using System.Collections.Immutable;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AuditGen.Generators.Tests.Analyzers.Secrets;

/// <summary>
/// The AG1xxx analyzers (log calls and thrown exceptions) on a labelled corpus, line by line: every line ending in
/// <c>// leak</c> must be reported, every line ending in <c>// safe</c> (and every unlabelled line) must not. A single
/// regression fails; precision and recall are printed for the record.
/// </summary>
public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_corpus_line_is_judged_as_labelled()
    {
        string[] files = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "AuditGen.Generators.Tests", "SecretCorpus"), "*.cs");
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, labelled = 0;
        var misses = new List<string>();
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            string[] lines = await File.ReadAllLinesAsync(file);
            HashSet<int> reported = await ReportedLinesAsync(await File.ReadAllTextAsync(file), Path.GetFileName(file));
            for (int line = 0; line < lines.Length; line++)
            {
                bool leak = lines[line].TrimEnd().EndsWith("// leak", StringComparison.Ordinal);
                bool safe = lines[line].TrimEnd().EndsWith("// safe", StringComparison.Ordinal);
                labelled += leak || safe ? 1 : 0;
                bool flagged = reported.Contains(line);
                if (leak && flagged)
                {
                    truePositives++;
                }
                else if (leak)
                {
                    falseNegatives++;
                    misses.Add($"missed   {Path.GetFileName(file)}:{line + 1}: {lines[line].Trim()}");
                }
                else if (flagged)
                {
                    falsePositives++;
                    misses.Add($"reported {Path.GetFileName(file)}:{line + 1}: {lines[line].Trim()}");
                }
            }
        }

        double precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        double recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"{labelled} labelled lines in {files.Length} files: TP {truePositives}, FP {falsePositives}, FN {falseNegatives}");
        output.WriteLine($"precision {precision:P1}, recall {recall:P1}");
        misses.ForEach(output.WriteLine);

        Assert.True(labelled >= 150, $"The corpus has only {labelled} labelled lines.");
        Assert.True(misses.Count == 0, $"{misses.Count} corpus lines judged wrongly:\n{string.Join("\n", misses)}");
    }

    internal static async Task<HashSet<int>> ReportedLinesAsync(string source, string path)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(source, path);
        return diagnostics.Where(d => d.Id.StartsWith("AG1", StringComparison.Ordinal))
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToHashSet();
    }

    // SecretCorpus/Contracts/*.cs: contracts declared in another assembly (a store interface a corpus class implements).
    private static readonly Lazy<MetadataReference> Contracts = new(() =>
    {
        string folder = Path.Combine(Repository.Root, "tests", "AuditGen.Generators.Tests", "SecretCorpus", "Contracts");
        var compilation = CSharpCompilation.Create(
            "Contracts",
            Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, f)),
            TestReferences.WithLoggingLibraries,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string path = "Test.cs")
    {
        var compilation = CSharpCompilation.Create(
            "Corpus",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path)],
            TestReferences.WithLoggingLibraries.Append(Contracts.Value),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => exceptions.Add(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await generated.WithAnalyzers([new SecretLoggingAnalyzer(), new SecretInExceptionAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }
}
