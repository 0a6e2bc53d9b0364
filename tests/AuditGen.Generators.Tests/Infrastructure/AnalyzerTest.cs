using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>An analyzer test over offline references. The generator runs too, as it does in the IDE and the build.</summary>
internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, bool withGenerator = true)
    {
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.WithLoggingLibraries);
        TestState.Sources.Add(source);
        WithGenerator = withGenerator;
    }

    public bool WithGenerator { get; }

    protected override IEnumerable<Type> GetSourceGenerators() => WithGenerator ? [typeof(AuditGenerator)] : [];

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyWithEditorConfigAsync(source, null, expected);

    /// <summary>Like <see cref="VerifyAsync"/>, with the source parsed as <paramref name="languageVersion"/>.</summary>
    public static Task VerifyWithLanguageVersionAsync(string source, Microsoft.CodeAnalysis.CSharp.LanguageVersion languageVersion)
    {
        var test = new AnalyzerTest<TAnalyzer>(source) { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(languageVersion)));
        return test.RunAsync();
    }

    /// <summary>Like <see cref="VerifyAsync"/>, with <paramref name="editorConfig"/> lines under <c>[*.cs]</c> in a root .editorconfig.</summary>
    public static Task VerifyWithEditorConfigAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer>(source) { CompilerDiagnostics = CompilerDiagnostics.None };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
