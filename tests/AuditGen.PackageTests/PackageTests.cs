using System.IO.Compression;

namespace AuditGen.PackageTests;

/// <summary>Uses the packed .nupkg the way a user does: new projects that reference it from a folder.</summary>
[Collection(PackedPackage.Collection)]
public sealed class PackageTests(PackedPackage package)
{
    [Fact]
    public void Package_has_the_documented_layout()
    {
        string nupkg = Path.Combine(package.Feed, $"AuditGen.{package.Version}.nupkg");
        Assert.True(File.Exists(nupkg), nupkg + " was not packed.");

        using ZipArchive archive = ZipFile.OpenRead(nupkg);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/netstandard2.0/AuditGen.dll", entries);
        Assert.Contains("lib/netstandard2.0/AuditGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/AuditGen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AuditGen.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/AuditGen.props", entries);
        Assert.Contains("buildTransitive/AuditGen.targets", entries);
        Assert.Contains("buildTransitive/AuditGen.CI.globalconfig", entries);
        Assert.Contains("buildTransitive/AuditGen.Baseline.targets", entries);
        Assert.Contains("buildTransitive/AuditGen.BaselineWriter.cs", entries);
        Assert.Contains("buildTransitive/AuditGen.Catalog.targets", entries);
        Assert.Contains("buildTransitive/AuditGen.Build.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_builds_and_writes_redacted_records()
    {
        string consumer = package.CreateConsumer("Consumer", "Consumer", treatWarningsAsErrors: true);

        string output = PackedPackage.Run("dotnet", "run -c Release", consumer);

        Assert.Contains("Information|password_reset|password_reset Succeeded in ", output, StringComparison.Ordinal);
        Assert.Contains("email=ada@example.com;token=[REDACTED]", output, StringComparison.Ordinal);
        Assert.Contains("Error|fail|fail Failed in ", output, StringComparison.Ordinal);
        Assert.Contains("caught: expected failure", output, StringComparison.Ordinal);
        Assert.DoesNotContain("tok_consumer_secret", output, StringComparison.Ordinal);

        // The audit catalog: written beside the assembly by the package's build logic, the same text the assembly carries.
        string catalog = File.ReadAllText(Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.auditgen.json"));
        Assert.StartsWith("{\"schemaVersion\":1,\"assembly\":\"Consumer\",\"keyProfile\":\"default\"", catalog, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"password_reset\"", catalog, StringComparison.Ordinal);
        Assert.Contains("\"parameter\":\"token\",\"treatment\":\"redacted\"", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaked_token_warns_locally_and_fails_the_build_in_CI()
    {
        string leaky = package.CreateConsumer("Leaky", "Leaky", treatWarningsAsErrors: false);

        string local = PackedPackage.Run("dotnet", "build -c Release", leaky, ci: false);
        (int ciExit, string ci) = PackedPackage.Execute("dotnet", "build -c Release --no-incremental", leaky, ci: true);
        string optedOut = PackedPackage.Run("dotnet", "build -c Release --no-incremental -p:AuditGenSecretsAsErrorsInCI=false", leaky, ci: true);

        Assert.Contains("warning AG1001", local, StringComparison.Ordinal);
        Assert.NotEqual(0, ciExit);
        Assert.Contains("error AG1001: 'resetToken' (a token) reaches ILogger.LogInformation through placeholder {Token}", ci, StringComparison.Ordinal);
        Assert.Contains("warning AG1001", optedOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CI_build_of_a_tree_a_local_build_left_up_to_date_still_fails()
    {
        // Issue 10: CoreCompile was skipped (nothing it knew of had changed) and the CI build passed without analyzers.
        string leaky = package.CreateConsumer("LeakyIncremental", "Leaky", treatWarningsAsErrors: false);

        PackedPackage.Run("dotnet", "build -c Release", leaky, ci: false);
        (int ciExit, string ci) = PackedPackage.Execute("dotnet", "build -c Release", leaky, ci: true);
        string localAgain = PackedPackage.Run("dotnet", "build -c Release", leaky, ci: false);

        Assert.NotEqual(0, ciExit);
        Assert.Contains("error AG1001", ci, StringComparison.Ordinal);
        Assert.Contains("warning AG1001", localAgain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JENKINS_URL")]
    [InlineData("TEAMCITY_VERSION")]
    public void CI_systems_without_a_CI_variable_get_the_gate(string variable)
    {
        string leaky = package.CreateConsumer("Leaky" + variable, "Leaky", treatWarningsAsErrors: false);

        (int exit, string output) = PackedPackage.Execute("dotnet", "build -c Release --no-incremental", leaky, ci: true, ciVariable: variable);

        Assert.NotEqual(0, exit);
        Assert.Contains("error AG1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_format_applies_every_secret_code_fix()
    {
        // Issue 10: two fixes returned no Fix All action, so `dotnet format analyzers` could not apply them. dotnet format
        // applies one fix per diagnostic id and run; three runs apply the three fixes this file needs.
        string project = package.CreateConsumer("Formattable", "Formattable", treatWarningsAsErrors: false);
        PackedPackage.Run("dotnet", "restore", project, ci: false);

        var outputs = new List<string>();
        for (int run = 0; run < 3; run++)
        {
            outputs.Add(PackedPackage.Run("dotnet", "format analyzers --no-restore --diagnostics AG1001 --severity warn", project, ci: false));
        }

        string fixedSource = File.ReadAllText(Path.Combine(project, "Program.cs"));
        string build = PackedPackage.Run("dotnet", "build -c Release", project, ci: false);
        Assert.Contains("public partial void Reset(string email, [Sensitive] string note);", fixedSource, StringComparison.Ordinal);
        Assert.Contains("logger.LogInformation(\"Token {Token}\", AuditLog.Redact(resetToken));", fixedSource, StringComparison.Ordinal);
        Assert.Contains("logger.LogInformation(\"Password {Password}\", AuditLog.Redact(password));", fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("AG1001", build, StringComparison.Ordinal);
        Assert.DoesNotContain("MessageTemplateCodeFix didn't return a Fix All action", outputs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_misused_attribute_fails_the_command_line_build_with_AuditGens_reason_not_only_CS8795()
    {
        string misused = package.CreateConsumer("Misused", "Misused", treatWarningsAsErrors: false);

        (int exit, string output) = PackedPackage.Execute("dotnet", "build -c Release", misused, ci: false);

        // CS8795 is a declaration error, and csc reports no analyzer diagnostic after one: the generator's throwing
        // implementation keeps it away, so the AGxxxx errors below are what the user reads.
        Assert.NotEqual(0, exit);
        Assert.Contains("error AG0003", output, StringComparison.Ordinal);
        Assert.Contains("error AG0005", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8795", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_severity_wins_over_the_CI_gate()
    {
        string leaky = package.CreateConsumer("LeakyWithEditorconfig", "Leaky", treatWarningsAsErrors: false);
        File.WriteAllText(Path.Combine(leaky, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.AG1001.severity = suggestion\n");

        string ci = PackedPackage.Run("dotnet", "build -c Release", leaky, ci: true);

        Assert.DoesNotContain("error AG1001", ci, StringComparison.Ordinal);
        Assert.DoesNotContain("warning AG1001", ci, StringComparison.Ordinal);
    }
}
