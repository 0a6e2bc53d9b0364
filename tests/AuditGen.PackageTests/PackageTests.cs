using System.Diagnostics;
using System.IO.Compression;

namespace AuditGen.PackageTests;

/// <summary>Packs AuditGen and uses the .nupkg the way a user does: a new project that references it from a folder.</summary>
public sealed class PackageTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    [Fact]
    public void Packed_package_builds_and_runs_a_consumer()
    {
        string work = Directory.CreateTempSubdirectory("auditgen-package-").FullName;
        try
        {
            string version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string feed = Path.Combine(work, "feed");

            // A configuration of its own keeps this build's outputs apart from the solution build under test.
            Run("dotnet", $"pack \"{Path.Combine(RepositoryRoot, "src", "AuditGen", "AuditGen.csproj")}\" -c PackageTest -o \"{feed}\" -p:Version={version}", RepositoryRoot);

            string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            Assert.Equal($"AuditGen.{version}.nupkg", Path.GetFileName(package));
            AssertLayout(package);

            string consumer = Path.Combine(work, "consumer");
            CreateConsumer(consumer, feed, version);
            string output = Run("dotnet", "run -c Release", consumer);

            Assert.Contains("Information|password_reset|password_reset Succeeded in ", output, StringComparison.Ordinal);
            Assert.Contains("email=ada@example.com;token=[REDACTED]", output, StringComparison.Ordinal);
            Assert.Contains("Error|fail|fail Failed in ", output, StringComparison.Ordinal);
            Assert.Contains("caught: expected failure", output, StringComparison.Ordinal);
            Assert.DoesNotContain("tok_consumer_secret", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void AssertLayout(string package)
    {
        using ZipArchive archive = ZipFile.OpenRead(package);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/netstandard2.0/AuditGen.dll", entries);
        Assert.Contains("lib/netstandard2.0/AuditGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/AuditGen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AuditGen.CodeFixes.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest, StringComparison.Ordinal);
    }

    private static void CreateConsumer(string directory, string feed, string version)
    {
        Directory.CreateDirectory(directory);
        string template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(
            Path.Combine(directory, "Consumer.csproj"),
            File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$AUDITGEN_VERSION$", version, StringComparison.Ordinal));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(directory, "Program.cs"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    private static string Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"'{fileName} {arguments}' did not finish in 5 minutes.");
        string output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"'{fileName} {arguments}' exited with {process.ExitCode}:\n{output}");
        return output;
    }

    private static string FindRepositoryRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "AuditGen.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("AuditGen.sln not found above " + AppContext.BaseDirectory);
    }
}
