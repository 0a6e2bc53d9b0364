using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Generators.Tests.Incrementality;

/// <summary>Each kind of edit, and what it may re-run: unrelated edits re-run nothing, relevant ones re-emit one file.</summary>
public sealed class IncrementalityTests
{
    private const string Service = """
        using System.Threading.Tasks;
        using AuditGen;
        using Microsoft.Extensions.Logging;

        namespace Shop;

        public partial class OrderService(ILogger<OrderService> logger)
        {
            [Audit("ship")]
            public partial Task ShipAsync(int orderId);

            private async Task ShipAsyncCore(int orderId)
            {
                await Task.Delay(1);
            }

            [TrackPerformance(100)]
            public partial int Count();

            private int CountCore() => 1;
        }
        """;

    private const string Other = """
        namespace Shop;

        public sealed class Unrelated
        {
            public int Value { get; set; }
        }
        """;

    [Fact]
    public void Unrelated_file_edit_reruns_nothing()
    {
        StepReasons reasons = Edit(Other, Other.Replace("public int Value", "public long Value", StringComparison.Ordinal), editServiceFile: false);

        reasons.AllStepsCachedOrUnchanged();
        reasons.OutputIs(IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void New_unrelated_file_reruns_nothing()
    {
        StepReasons reasons = Edit(Other, Other + "\npublic sealed class Another { }\n", editServiceFile: false);

        reasons.AllStepsCachedOrUnchanged();
        reasons.OutputIs(IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("await Task.Delay(1);", "await Task.Delay(2);")]
    [InlineData("[Audit(\"ship\")]", "/// <summary>Ships.</summary>\n    [Audit(\"ship\")]")]
    [InlineData("public partial class OrderService", "// a comment\npublic partial class OrderService")]
    public void Edits_that_do_not_change_the_model_leave_the_output_cached(string from, string to)
    {
        StepReasons reasons = Edit(Service, Service.Replace(from, to, StringComparison.Ordinal), editServiceFile: true);

        reasons.AllStepsCachedOrUnchanged();
        reasons.OutputIs(IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("[Audit(\"ship\")]", "[Audit(\"ship_order\")]")]
    [InlineData("int orderId);", "int orderId, string note);")]
    public void Edits_that_change_the_model_regenerate_the_file(string from, string to)
    {
        string edited = Service.Replace(from, to, StringComparison.Ordinal)
            .Replace("ShipAsyncCore(int orderId)", to.Contains("note", StringComparison.Ordinal) ? "ShipAsyncCore(int orderId, string note)" : "ShipAsyncCore(int orderId)", StringComparison.Ordinal);

        StepReasons reasons = Edit(Service, edited, editServiceFile: true);

        reasons.OutputIs(IncrementalStepRunReason.Modified);
    }

    private static StepReasons Edit(string original, string edited, bool editServiceFile)
    {
        string[] sources = editServiceFile ? [original, Other] : [Service, original];
        CSharpCompilation compilation = GeneratorHarness.Compile(sources);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree oldTree = compilation.SyntaxTrees.ElementAt(editServiceFile ? 0 : 1);
        SyntaxTree newTree = CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, oldTree.FilePath);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));
        return new StepReasons(driver.GetRunResult().Results.Single());
    }
}
