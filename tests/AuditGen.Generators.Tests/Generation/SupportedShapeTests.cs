using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Generation;

public sealed class SupportedShapeTests
{
    [Theory]
    [MemberData(nameof(SupportedShapes.Names), MemberType = typeof(SupportedShapes))]
    public void Generated_code_compiles_without_warnings_in_one_file_per_type(string shape)
    {
        GeneratorRun run = GeneratorHarness.Run(SupportedShapes.Source(shape)).ShouldCompile();

        Assert.NotEmpty(run.Sources);
        Assert.Equal(run.Sources.Count, run.Sources.Select(s => s.HintName).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(SupportedShapes.Names), MemberType = typeof(SupportedShapes))]
    public async Task Testing_framework_accepts_the_output(string shape)
    {
        await new SourceGeneratorTest(SupportedShapes.Source(shape)).RunAsync();
    }
}
