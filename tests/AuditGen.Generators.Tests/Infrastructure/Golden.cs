using System.Text.RegularExpressions;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Golden files without Verify. Set AUDITGEN_ACCEPT=1 to (re)write them, then review with <c>git diff</c>.</summary>
internal static partial class Golden
{
    // Found from the repository root, not [CallerFilePath]: CI builds map source paths to /_/ (deterministic builds).
    private static readonly string Directory = Path.Combine(Repository.Root, "tests", "AuditGen.Generators.Tests", "Golden");

    public static void Match(string actual, string name)
    {
        string path = Path.Combine(Directory, name + ".g.cs");
        string scrubbed = Scrub(actual);
        if (Environment.GetEnvironmentVariable("AUDITGEN_ACCEPT") == "1")
        {
            File.WriteAllText(path, scrubbed);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}. Run the test with AUDITGEN_ACCEPT=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), scrubbed);
    }

    /// <summary>The tool version changes with every release; golden files must not.</summary>
    public static string Scrub(string text) =>
        GeneratedCodeVersion().Replace(text.ReplaceLineEndings("\n"), "GeneratedCode(\"AuditGen\", \"TEST\")");

    [GeneratedRegex("GeneratedCode\\(\"AuditGen\", \"[^\"]*\"\\)")]
    private static partial Regex GeneratedCodeVersion();
}
