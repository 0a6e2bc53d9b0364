using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Microsoft.CodeAnalysis.Testing's generator test, wired to offline references.</summary>
internal sealed class SourceGeneratorTest : CSharpSourceGeneratorTest<AuditGenerator, DefaultVerifier>
{
    public SourceGeneratorTest(string source, bool checkGeneratedSources = false)
    {
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        TestState.Sources.Add(source);
        if (!checkGeneratedSources)
        {
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }
    }
}
