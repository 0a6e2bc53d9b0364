using System.Diagnostics;

namespace AuditGen.PackageTests;

/// <summary>Packs AuditGen once per test run into a private feed, with a unique version so no cache can serve a stale copy.</summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Work = Directory.CreateTempSubdirectory("auditgen-package-").FullName;
        Feed = Path.Combine(Work, "feed");
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // A configuration of its own keeps this build's outputs apart from the solution build under test.
        Run("dotnet", $"pack \"{Path.Combine(Repository.Root, "src", "AuditGen", "AuditGen.csproj")}\" -c PackageTest -o \"{Feed}\" -p:Version={Version}", Repository.Root);
    }

    public string Work { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>Creates a console project that references the package from the feed.</summary>
    public string CreateConsumer(string name, string programFolder, bool treatWarningsAsErrors)
    {
        string directory = Path.Combine(Work, name);
        Directory.CreateDirectory(directory);
        string templates = AppContext.BaseDirectory;
        File.WriteAllText(
            Path.Combine(directory, name + ".csproj"),
            File.ReadAllText(Path.Combine(templates, "Consumer", "Consumer.csproj.template"))
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

    /// <summary>Runs a command; <paramref name="ci"/> sets or clears the CI environment variables.</summary>
    public static (int ExitCode, string Output) Execute(string fileName, string arguments, string workingDirectory, bool? ci = null)
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
            foreach (string variable in new[] { "CI", "TF_BUILD", "GITHUB_ACTIONS", "ContinuousIntegrationBuild" })
            {
                start.Environment.Remove(variable);
            }

            if (isCi)
            {
                start.Environment["CI"] = "true";
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
