namespace AuditGen.PackageTests;

/// <summary>
/// Adopting AuditGen on an existing codebase (docs/diagnostics/AG1000.md), on the packed package: record today's
/// findings once, and CI fails only on new ones.
/// </summary>
[Collection(PackedPackage.Collection)]
public sealed class BaselineTests(PackedPackage package)
{
    private const string Write = "build -c Release -p:AuditGenBaseline=write";
    private const string Token = "AG1001|Program.cs|Shop.Accounts.Reset|resetToken";
    private const string Password = "AG1001|Program.cs|Shop.Accounts.Reset|password";
    private const string ApiKey = "AG1001|Program.cs|Shop.Accounts.Reset|apiKey";

    [Fact]
    public void CI_passes_on_baselined_findings_fails_on_new_ones_and_a_rewrite_drops_fixed_ones()
    {
        string project = package.CreateConsumer("Baselined", "Baselined", treatWarningsAsErrors: false);
        string source = Path.Combine(project, "Program.cs");
        string baseline = Path.Combine(project, "auditgen.baseline.txt");

        (int before, string beforeOutput) = PackedPackage.Execute("dotnet", "build -c Release", project, ci: true);
        Assert.NotEqual(0, before);
        Assert.Equal(2, Lines(beforeOutput, "error AG1001").Length);

        // Written in a CI environment on purpose: write mode must not stop at the gate it is meant to relax.
        string written = PackedPackage.Run("dotnet", Write, project, ci: true);
        Assert.Contains("AuditGen: 2 secret finding(s) recorded in", written, StringComparison.Ordinal);
        Assert.Equal([Password, Token], Fingerprints(baseline));
        Assert.StartsWith("# AuditGen baseline", File.ReadAllText(baseline), StringComparison.Ordinal);

        string passing = PackedPackage.Run("dotnet", "build -c Release", project, ci: true);
        Assert.Equal(2, Lines(passing, "warning AG1000: AG1001 (in the baseline)").Length);
        Assert.Empty(Lines(passing, "error AG"));

        // A new leak, and lines inserted above the old ones: only the new leak fails, the old ones stay baselined.
        File.WriteAllText(source, "// A line inserted above.\n// And another.\n" + File.ReadAllText(source).Replace(
            """logger.LogDebug("Key length {Length}", apiKey.Length);""", """logger.LogDebug("Key {Key}", apiKey);""", StringComparison.Ordinal));
        (int withNewLeak, string newLeakOutput) = PackedPackage.Execute("dotnet", "build -c Release", project, ci: true);
        Assert.NotEqual(0, withNewLeak);
        Assert.Contains("error AG1001: 'apiKey' (an API key)", Assert.Single(Lines(newLeakOutput, "error AG")), StringComparison.Ordinal);
        Assert.Equal(2, Lines(newLeakOutput, "warning AG1000").Length);

        // Fix an old leak and rewrite: it drops out, the new one goes in.
        File.WriteAllText(source, File.ReadAllText(source).Replace(
            "issued\", resetToken)", "issued\", AuditGen.AuditLog.Redact(resetToken))", StringComparison.Ordinal));
        PackedPackage.Run("dotnet", Write, project, ci: false);
        Assert.Equal([ApiKey, Password], Fingerprints(baseline));

        string passingAgain = PackedPackage.Run("dotnet", "build -c Release", project, ci: true);
        Assert.Equal(2, Lines(passingAgain, "warning AG1000").Length);
    }

    [Fact]
    public void Baselined_findings_do_not_fail_a_build_that_treats_warnings_as_errors()
    {
        string project = package.CreateConsumer("BaselinedStrict", "Baselined", treatWarningsAsErrors: true);

        (int before, string beforeOutput) = PackedPackage.Execute("dotnet", "build -c Release", project, ci: false);
        PackedPackage.Run("dotnet", Write, project, ci: false);
        string after = PackedPackage.Run("dotnet", "build -c Release", project, ci: false);
        string msbuildWarnAsError = PackedPackage.Run("dotnet", "build -c Release --no-incremental -warnaserror", project, ci: true);

        Assert.NotEqual(0, before);
        Assert.Equal(2, Lines(beforeOutput, "error AG1001").Length);
        Assert.Equal(2, Lines(after, "warning AG1000").Length);
        Assert.Equal(2, Lines(msbuildWarnAsError, "warning AG1000").Length);
    }

    [Fact]
    public void Each_project_of_a_solution_writes_its_own_baseline_and_a_multi_targeted_one_records_every_framework()
    {
        string app = package.CreateConsumer("SolutionApp", "Baselined", treatWarningsAsErrors: false);
        string library = Path.Combine(package.Work, "SolutionLib");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, "SolutionLib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
                <LangVersion>latest</LangVersion>
                <WarningsNotAsErrors>NU1603;NU1901;NU1902;NU1903;NU1904</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AuditGen" Version="{package.Version}" />
                <PackageReference Include="Microsoft.Extensions.Logging" Version="10.0.13" />
              </ItemGroup>
            </Project>
            """);

        // A leak per target framework: the file must hold both, whichever inner build finishes last.
        File.WriteAllText(Path.Combine(library, "Signer.cs"), """
            using Microsoft.Extensions.Logging;

            namespace Lib;

            public sealed class Signer(ILogger logger)
            {
                public void Sign(string apiKey, string password)
                {
            #if NET
                    logger.LogInformation("Key {Key}", apiKey);
            #else
                    logger.LogInformation("Password {Password}", password);
            #endif
                }
            }
            """);
        File.Copy(Path.Combine(app, "nuget.config"), Path.Combine(package.Work, "nuget.config"), overwrite: true);
        PackedPackage.Run("dotnet", "new sln -n Adopting --format sln", package.Work, ci: false);
        PackedPackage.Run("dotnet", $"sln Adopting.sln add \"{app}\" \"{library}\"", package.Work, ci: false);

        PackedPackage.Run("dotnet", "build Adopting.sln -c Release -p:AuditGenBaseline=write", package.Work, ci: true);
        string ci = PackedPackage.Run("dotnet", "build Adopting.sln -c Release", package.Work, ci: true);

        Assert.Equal([Password, Token], Fingerprints(Path.Combine(app, "auditgen.baseline.txt")));
        Assert.Equal(["AG1001|Signer.cs|Lib.Signer.Sign|apiKey", "AG1001|Signer.cs|Lib.Signer.Sign|password"], Fingerprints(Path.Combine(library, "auditgen.baseline.txt")));
        Assert.Equal(4, Lines(ci, "warning AG1000").Length);
    }

    private static string[] Fingerprints(string baseline) =>
        File.ReadAllLines(baseline).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    // MSBuild prints each diagnostic twice (as it happens and in the summary): distinct lines count each once.
    private static string[] Lines(string output, string text) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(text, StringComparison.Ordinal)).Distinct().ToArray();
}
