namespace AuditGen.RealWorld.Sources;

/// <summary>A repository's C# files, each with the project file nearest above it.</summary>
/// <param name="Files">Every collected .cs file.</param>
/// <param name="ProjectOf">The nearest project file above each file (absent for files outside any project).</param>
/// <param name="SkippedDirectories">Directories not walked (bin, obj, hidden ones, node_modules).</param>
internal sealed record SourceSet(IReadOnlyList<string> Files, IReadOnlyDictionary<string, string> ProjectOf, IReadOnlyList<string> SkippedDirectories);

/// <summary>Walks a checkout for .cs files.</summary>
internal static class SourceCollector
{
    private static readonly string[] SkippedNames = ["bin", "obj", "node_modules"];

    public static SourceSet Collect(string root)
    {
        var files = new List<string>();
        var projectOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var skipped = new List<string>();
        Walk(root, null, files, projectOf, skipped);
        return new SourceSet(files, projectOf, skipped);
    }

    /// <summary>Whether a directory is left out of the walk: build output, hidden folders, node_modules.</summary>
    public static bool IsSkipped(string directoryName) =>
        SkippedNames.Contains(directoryName, StringComparer.OrdinalIgnoreCase) || directoryName.StartsWith('.');

    private static void Walk(string directory, string? project, List<string> files, Dictionary<string, string> projectOf, List<string> skipped)
    {
        string? here = Directory.EnumerateFiles(directory, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault();
        project = here ?? project;
        foreach (string file in Directory.EnumerateFiles(directory, "*.cs").Order(StringComparer.Ordinal))
        {
            files.Add(file);
            if (project is not null)
            {
                projectOf[file] = project;
            }
        }

        foreach (string sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (IsSkipped(Path.GetFileName(sub)))
            {
                skipped.Add(sub);
                continue;
            }

            Walk(sub, project, files, projectOf, skipped);
        }
    }
}
