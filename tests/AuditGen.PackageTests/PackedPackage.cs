using System.Diagnostics;

namespace AuditGen.PackageTests;

/// <summary>Packs AuditGen and AuditGen.AspNetCore once per test run into a private feed, with a unique version so no cache can serve a stale copy.</summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>The test classes that share one packed package; one collection also keeps their builds from running in parallel.</summary>
    public const string Collection = "Packed package";

    public PackedPackage()
    {
        Work = Directory.CreateTempSubdirectory("auditgen-package-").FullName;
        Feed = Path.Combine(Work, "feed");
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // A configuration of its own keeps this build's outputs apart from the solution build under test. Both packages
        // get the same version, as a release does: AuditGen.AspNetCore depends on exactly the AuditGen packed with it.
        foreach (string project in new[] { "AuditGen", "AuditGen.AspNetCore" })
        {
            Run("dotnet", $"pack \"{Path.Combine(Repository.Root, "src", project, project + ".csproj")}\" -c PackageTest -o \"{Feed}\" -p:Version={Version}", Repository.Root);
        }
    }

    public string Work { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>Creates a project that references the package from the feed: a console app from <c>Consumer</c>'s
    /// template, or the project template in <paramref name="programFolder"/> when <paramref name="ownTemplate"/> is set.</summary>
    public string CreateConsumer(string name, string programFolder, bool treatWarningsAsErrors, bool ownTemplate = false)
    {
        string directory = Path.Combine(Work, name);
        Directory.CreateDirectory(directory);
        string templates = AppContext.BaseDirectory;
        File.WriteAllText(
            Path.Combine(directory, name + ".csproj"),
            File.ReadAllText(ownTemplate
                ? Path.Combine(templates, programFolder, programFolder + ".csproj.template")
                : Path.Combine(templates, "Consumer", "Consumer.csproj.template"))
                .Replace("$AUDITGEN_VERSION$", Version, StringComparison.Ordinal)
                .Replace("$TREAT_WARNINGS_AS_ERRORS$", treatWarningsAsErrors ? "true" : "false", StringComparison.Ordinal));
        File.Copy(Path.Combine(templates, programFolder, "Program.cs"), Path.Combine(directory, "Program.cs"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    /// <summary>Every variable the CI gate reads (AuditGen.targets): cleared before a run that says whether it is CI.</summary>
    private static readonly string[] CiVariables =
    [
        "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "HUDSON_URL", "TEAMCITY_VERSION", "CODEBUILD_BUILD_ID",
        "bamboo_buildKey", "BUILDKITE", "CIRCLECI", "APPVEYOR", "ContinuousIntegrationBuild", "AuditGenIsCIBuild",
    ];

    /// <summary>Runs a command; <paramref name="ci"/> sets or clears the CI environment variables, and
    /// <paramref name="ciVariable"/> names the one to set (<c>CI</c> by default).</summary>
    public static (int ExitCode, string Output) Execute(string fileName, string arguments, string workingDirectory, bool? ci = null, string ciVariable = "CI")
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (ci is { } isCi)
        {
            foreach (string variable in CiVariables)
            {
                start.Environment.Remove(variable);
            }

            if (isCi)
            {
                start.Environment[ciVariable] = ciVariable == "CI" ? "true" : "set-by-the-ci-system";
            }
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"'{fileName} {arguments}' did not finish in 5 minutes.");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string Run(string fileName, string arguments, string workingDirectory, bool? ci = null)
    {
        (int exitCode, string output) = Execute(fileName, arguments, workingDirectory, ci);
        Assert.True(exitCode == 0, $"'{fileName} {arguments}' exited with {exitCode}:\n{output}");
        return output;
    }

    public void Dispose() => Directory.Delete(Work, recursive: true);
}

/// <summary>Packs once for every test class that uses the package.</summary>
[CollectionDefinition(PackedPackage.Collection)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>;
