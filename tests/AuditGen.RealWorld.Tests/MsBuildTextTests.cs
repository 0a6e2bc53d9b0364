using AuditGen.RealWorld.Analysis;
using AuditGen.RealWorld.Projects;

namespace AuditGen.RealWorld.Tests;

public class MsBuildTextTests
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TargetFramework"] = "net8.0",
        ["Configuration"] = "Release",
        ["LibVersion"] = "1.2.3",
    };

    [Theory]
    [InlineData("'$(TargetFramework)' == 'net8.0'", true)]
    [InlineData("'$(TargetFramework)' == 'NET8.0'", true)]
    [InlineData("'$(TargetFramework)' != 'net8.0'", false)]
    [InlineData("'$(Configuration)' == 'Debug' or '$(TargetFramework)' == 'net8.0'", true)]
    [InlineData("'$(Configuration)' == 'Debug' and '$(Undefined)' == ''", false)]
    [InlineData("!('$(Configuration)' == 'Debug')", true)]
    [InlineData("'$(Undefined)' == ''", true)]
    [InlineData("$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0'))", null)]
    [InlineData("'$(TargetFramework.StartsWith(net))' == 'true'", null)]
    [InlineData("true", true)]
    [InlineData("", true)]
    public void Evaluates_simple_conditions_and_admits_what_it_cannot(string condition, bool? expected)
    {
        Assert.Equal(expected, MsBuildText.Evaluate(condition, Properties, "/"));
    }

    [Fact]
    public void Substitutes_properties_and_marks_property_functions_unknown()
    {
        Assert.Equal("v1.2.3-", MsBuildText.Substitute("v$(LibVersion)-$(Missing)", Properties));
        Assert.Contains(MsBuildText.Unknown, MsBuildText.Substitute("$([System.IO.Path]::Combine('a', 'b'))", Properties), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("net8.0;netstandard2.0;net472", "net8.0")]
    [InlineData("netstandard2.0;netcoreapp3.1", "netcoreapp3.1")]
    [InlineData("net9.0-windows;net9.0", "net9.0")]
    [InlineData("", "net10.0")]
    public void Chooses_the_newest_dotnet_target_framework(string frameworks, string expected)
    {
        Assert.Equal(expected, TargetFrameworks.Choose(frameworks));
    }

    [Fact]
    public void Project_usings_become_a_global_usings_file()
    {
        string text = ProjectCompilations.GlobalUsingsFile(["System", "static System.Math", "Json = System.Text.Json"], ["My.Tests"]);

        Assert.Equal(
            "global using global::System;\nglobal using static global::System.Math;\nglobal using Json = global::System.Text.Json;\n"
            + "[assembly: global::System.Runtime.CompilerServices.InternalsVisibleTo(\"My.Tests\")]\n",
            text.ReplaceLineEndings("\n"));
    }
}
