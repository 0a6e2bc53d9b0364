using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>The result of one generator run, with targeted assertions.</summary>
internal sealed class GeneratorRun(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
{
    public GeneratorDriverRunResult Result { get; } = result;

    public Compilation Output { get; } = output;

    /// <summary>The files of the audited types, without the compilation's audit catalog.</summary>
    public IReadOnlyList<GeneratedSourceResult> Sources => AllSources.Where(s => s.HintName != global::AuditGen.Generators.Emission.CatalogWriter.HintName).ToList();

    public IReadOnlyList<GeneratedSourceResult> AllSources => Result.Results.SelectMany(r => r.GeneratedSources).ToList();

    /// <summary>The catalog's JSON, read back from the compiled attribute's argument, or null without a catalog.</summary>
    public string? CatalogJson => Output.Assembly.GetAttributes()
        .FirstOrDefault(a => a.AttributeClass?.Name == "AuditCatalogAttribute")?.ConstructorArguments[0].Value as string;

    public string AllGeneratedText => string.Join("\n", Sources.Select(s => s.SourceText.ToString()));

    public ImmutableArray<Diagnostic> Errors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    public GeneratorRun ShouldCompile()
    {
        Assert.True(generatorDiagnostics.IsEmpty, "The generator reported: " + string.Join("\n", generatorDiagnostics));
        Assert.True(Result.Results.All(r => r.Exception is null), "The generator threw: " + string.Join("\n", Result.Results.Select(r => r.Exception)));
        ImmutableArray<Diagnostic> warnings = Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".Audit.g.cs", StringComparison.Ordinal) == true)
            .ToImmutableArray();
        Assert.True(Errors.IsEmpty && warnings.IsEmpty, Describe(Errors.AddRange(warnings)));
        return this;
    }

    public GeneratorRun ShouldGenerateNothing()
    {
        Assert.True(Result.Results.All(r => r.Exception is null), "The generator threw.");
        Assert.Empty(AllSources);
        return this;
    }

    public string File(string hintName)
    {
        GeneratedSourceResult? source = Sources.FirstOrDefault(s => s.HintName == hintName);
        Assert.True(source is not null, $"No file '{hintName}'. Generated: {string.Join(", ", Sources.Select(s => s.HintName))}");
        return source!.Value.SourceText.ToString();
    }

    private string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics) + "\n\n" + AllGeneratedText;
}
