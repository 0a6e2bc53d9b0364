using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Generators.Tests.Incrementality;

/// <summary>
/// The generator reads each file's <c>.editorconfig</c> vocabulary (issue 9: the analyzers flagged <c>dob</c> while the
/// generated record logged it in clear). Editing the options regenerates exactly the files whose records change.
/// </summary>
public sealed class EditorConfigIncrementalityTests
{
    private const string Patients = """
        using AuditGen;
        using Microsoft.Extensions.Logging;

        namespace Clinic;

        public partial class Patients(ILogger<Patients> logger)
        {
            [Audit("patient_lookup")]
            public partial void Lookup(string dob, string ward);

            private void LookupCore(string dob, string ward) { }
        }
        """;

    private const string Orders = """
        using AuditGen;
        using Microsoft.Extensions.Logging;

        namespace Clinic;

        public partial class Orders(ILogger<Orders> logger)
        {
            [Audit("order")]
            public partial void Place(int orderId);

            private void PlaceCore(int orderId) { }
        }
        """;

    [Fact]
    public void Adding_a_secret_name_regenerates_only_the_file_that_logs_it()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = Start();
        Assert.Contains("modes: \"PP\"", Source(driver, "Patients"), StringComparison.Ordinal);

        driver = driver.WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.ForFile("Patients.cs", ("auditgen.secret_names", "dob")))
            .RunGenerators(compilation);

        Assert.Contains("modes: \"RP\"", Source(driver, "Patients"), StringComparison.Ordinal);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedSteps["Types"].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((Model.AuditTypeSpec)o.Value).Type.HintName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons.Single(r => r.Key.Contains("Patients", StringComparison.Ordinal)).Value);
        Assert.Equal(IncrementalStepRunReason.Unchanged, reasons.Single(r => r.Key.Contains("Orders", StringComparison.Ordinal)).Value);
        Assert.Contains(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("auditgen.personal_names", "dob", "modes: \"HP\"")]
    [InlineData("auditgen.safe_names", "ward", "modes: \"PP\"")]
    [InlineData("auditgen.secret_names", "ward", "modes: \"PR\"")]
    public void Each_vocabulary_option_reaches_the_generated_record(string key, string value, string expected)
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = Start();

        driver = driver.WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.ForFile("Patients.cs", (key, value))).RunGenerators(compilation);

        Assert.Contains(expected, Source(driver, "Patients"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_edit_after_an_options_change_keeps_the_configured_verdict()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = Start();
        driver = driver.WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.ForFile("Patients.cs", ("auditgen.secret_names", "dob"))).RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.First(t => t.FilePath == "Patients.cs");
        SyntaxTree edited = CSharpSyntaxTree.ParseText(Patients.Replace("{ }", "{ _ = ward; }", StringComparison.Ordinal), GeneratorHarness.ParseOptions, "Patients.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited));

        Assert.Contains("modes: \"RP\"", Source(driver, "Patients"), StringComparison.Ordinal);
        Assert.All(
            driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) Start()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Clinic",
            [CSharpSyntaxTree.ParseText(Patients, GeneratorHarness.ParseOptions, "Patients.cs"), CSharpSyntaxTree.ParseText(Orders, GeneratorHarness.ParseOptions, "Orders.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.Empty).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static string Source(GeneratorDriver driver, string type) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.Contains(type, StringComparison.Ordinal)).SourceText.ToString();
}
