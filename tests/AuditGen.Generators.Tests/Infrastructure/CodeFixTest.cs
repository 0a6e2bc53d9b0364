using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>A code-fix test over offline references, with the generator running as in the IDE.</summary>
internal sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.WithLoggingLibraries);
        TestState.Sources.Add(source);
        FixedState.Sources.Add(fixedSource);
        CompilerDiagnostics = CompilerDiagnostics.None;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(AuditGenerator)];

    /// <summary>Applies the fix one diagnostic at a time (<paramref name="diagnostics"/> iterations) and with Fix All (one).</summary>
    /// <param name="compiles">Also require the source and the fixed source to compile, generator output included.</param>
    public static Task VerifyAsync(string source, string fixedSource, int diagnostics = 1, bool compiles = false)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix>(source, fixedSource)
        {
            NumberOfIncrementalIterations = diagnostics,
            NumberOfFixAllIterations = 1,
        };
        if (compiles)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.Errors;
        }

        return test.RunAsync();
    }
}
