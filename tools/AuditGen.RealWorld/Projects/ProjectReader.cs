using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace AuditGen.RealWorld.Projects;

/// <summary>Reads a project file as MSBuild would, roughly: Directory.Build.props, Directory.Packages.props, the project,
/// Directory.Build.targets and what they import; properties first, then items with the final properties.</summary>
internal sealed partial class ProjectReader(string checkoutRoot)
{
    private readonly Dictionary<string, XDocument?> _documents = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> _versionDefaults = new(() => VersionProperties.Collect(checkoutRoot));

    /// <summary>Reads one project.</summary>
    public ProjectInfo Read(string projectPath)
    {
        string sdk = ReadSdk(projectPath);
        var first = new Evaluation(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        Walk(first, projectPath);
        string framework = TargetFrameworks.Choose(first.Property("TargetFramework") is { Length: > 0 } single ? single : first.Property("TargetFrameworks"));

        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["TargetFramework"] = framework,
            ["TargetFrameworkIdentifier"] = TargetFrameworks.Identifier(framework),
            ["TargetFrameworkVersion"] = TargetFrameworks.Version(framework),
        };
        var evaluation = new Evaluation(globals);
        Walk(evaluation, projectPath);
        var items = new ProjectItems(evaluation.Properties);
        if (evaluation.Property("ImplicitUsings") is { } implicitUsings
            && (implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            items.AddUsings(ImplicitUsings.For(sdk));
        }

        foreach ((XElement group, string directory) in evaluation.ItemGroups)
        {
            items.Apply(group, directory);
        }

        List<string> defines = (evaluation.Property("DefineConstants") ?? string.Empty)
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => d.Length > 0 && !d.Contains(MsBuildText.Unknown, StringComparison.Ordinal) && d.All(c => char.IsLetterOrDigit(c) || c == '_'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        string assemblyName = evaluation.Property("AssemblyName") is { Length: > 0 } name && !name.Contains(MsBuildText.Unknown, StringComparison.Ordinal)
            ? name
            : Path.GetFileNameWithoutExtension(projectPath);
        return new ProjectInfo(projectPath, sdk, framework, items.Usings, defines, items.Packages(), assemblyName, items.ProjectReferences, items.Friends);
    }

    private void Walk(Evaluation evaluation, string projectPath)
    {
        string directory = Path.GetDirectoryName(projectPath)!;
        foreach ((string name, string value) in _versionDefaults.Value)
        {
            evaluation.Set(name, value);
        }

        evaluation.Properties["MSBuildProjectDirectory"] = directory;
        evaluation.Properties["MSBuildProjectFullPath"] = projectPath;
        evaluation.Properties["MSBuildProjectName"] = Path.GetFileNameWithoutExtension(projectPath);
        evaluation.Properties["MSBuildProjectFile"] = Path.GetFileName(projectPath);
        evaluation.Properties["Configuration"] = "Release";
        evaluation.Properties["Platform"] = "AnyCPU";
        evaluation.Properties["OS"] = "Unix";
        evaluation.Properties["MSBuildRuntimeType"] = "Core";
        evaluation.Properties["Language"] = "C#";
        ImportAbove(evaluation, directory, "Directory.Build.props");
        if (evaluation.Property("ImportDirectoryPackagesProps") != "false")
        {
            ImportAbove(evaluation, directory, "Directory.Packages.props");
        }

        Import(evaluation, projectPath);
        ImportAbove(evaluation, directory, "Directory.Build.targets");
    }

    private void ImportAbove(Evaluation evaluation, string directory, string fileName)
    {
        if (FindAbove(directory, fileName) is { } path)
        {
            Import(evaluation, path);
        }
    }

    private string? FindAbove(string directory, string fileName)
    {
        for (string? d = directory; d is not null && d.StartsWith(checkoutRoot, StringComparison.Ordinal); d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private void Import(Evaluation evaluation, string path)
    {
        if (!evaluation.Imported.Add(path) || Load(path) is not { Root: { } root })
        {
            return;
        }

        string directory = Path.GetDirectoryName(path)!;
        evaluation.Properties["MSBuildThisFileDirectory"] = directory + "/";
        evaluation.Properties["MSBuildThisFile"] = Path.GetFileName(path);
        evaluation.Properties["MSBuildThisFileFullPath"] = path;
        Process(evaluation, root.Elements(), path);
    }

    private void Process(Evaluation evaluation, IEnumerable<XElement> elements, string path)
    {
        string directory = Path.GetDirectoryName(path)!;
        foreach (XElement element in elements)
        {
            bool? condition = MsBuildText.Evaluate((string?)element.Attribute("Condition"), evaluation.Properties, directory);
            switch (element.Name.LocalName)
            {
                case "PropertyGroup" when condition != false:
                    foreach (XElement property in element.Elements())
                    {
                        bool? own = MsBuildText.Evaluate((string?)property.Attribute("Condition"), evaluation.Properties, directory);
                        bool sure = condition == true && own == true;
                        if (own != false && (sure || property.Name.LocalName != "DefineConstants"))
                        {
                            evaluation.Set(property.Name.LocalName, MsBuildText.Substitute(property.Value.Trim(), evaluation.Properties));
                        }
                    }

                    break;
                case "ItemGroup" when condition != false:
                    evaluation.ItemGroups.Add((element, directory));
                    break;
                case "Import" when condition != false && element.Attribute("Sdk") is null:
                    foreach (string imported in ResolveImport((string?)element.Attribute("Project") ?? string.Empty, evaluation, directory))
                    {
                        Import(evaluation, imported);
                        evaluation.Properties["MSBuildThisFileDirectory"] = directory + "/";
                    }

                    break;
                case "Choose":
                    XElement? branch = element.Elements().FirstOrDefault(w => w.Name.LocalName == "When"
                        && MsBuildText.Evaluate((string?)w.Attribute("Condition"), evaluation.Properties, directory) != false)
                        ?? element.Elements().FirstOrDefault(w => w.Name.LocalName == "Otherwise");
                    if (branch is not null)
                    {
                        Process(evaluation, branch.Elements(), path);
                    }

                    break;
            }
        }
    }

    // $([MSBuild]::GetPathOfFileAbove('Name', 'start')) and $([MSBuild]::GetDirectoryNameOfFileAbove(start, Name)) are
    // resolved here (repositories chain their Directory.Build.props that way); other property functions are not.
    private IEnumerable<string> ResolveImport(string project, Evaluation evaluation, string directory)
    {
        string text = PathOfFileAbove().Replace(project, m =>
        {
            string start = MsBuildText.Substitute(m.Groups["start"].Success ? m.Groups["start"].Value : directory, evaluation.Properties);
            return FindAbove(Path.GetFullPath(start.Replace('\\', '/'), directory), m.Groups["name"].Value) ?? MsBuildText.Unknown;
        });
        text = DirectoryOfFileAbove().Replace(text, m =>
        {
            string start = MsBuildText.Substitute(m.Groups["start"].Value.Trim(' ', '\''), evaluation.Properties);
            string? found = FindAbove(Path.GetFullPath(start.Replace('\\', '/'), directory), m.Groups["name"].Value.Trim(' ', '\''));
            return found is null ? MsBuildText.Unknown : Path.GetDirectoryName(found)!;
        });
        text = MsBuildText.Substitute(text, evaluation.Properties).Replace('\\', '/');
        if (text.Length == 0 || text.Contains(MsBuildText.Unknown, StringComparison.Ordinal) || text.Contains('*', StringComparison.Ordinal))
        {
            yield break;
        }

        string full = Path.GetFullPath(text, directory);
        if (full.StartsWith(checkoutRoot, StringComparison.Ordinal) && File.Exists(full))
        {
            yield return full;
        }
    }

    private string ReadSdk(string projectPath)
    {
        XElement? root = Load(projectPath)?.Root;
        string sdk = (string?)root?.Attribute("Sdk") ?? string.Empty;
        IEnumerable<string> more = root?.Descendants().Where(e => e.Name.LocalName is "Sdk" or "Import")
            .Select(e => (string?)e.Attribute(e.Name.LocalName == "Sdk" ? "Name" : "Sdk")).OfType<string>() ?? [];
        return string.Join(";", more.Prepend(sdk).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
    }

    private XDocument? Load(string path)
    {
        if (!_documents.TryGetValue(path, out XDocument? document))
        {
            try
            {
                document = XDocument.Load(path);
            }
            catch (Exception e) when (e is XmlException or IOException)
            {
                document = null;
            }

            _documents[path] = document;
        }

        return document;
    }

    [GeneratedRegex(@"\$\(\[MSBuild\]::GetPathOfFileAbove\(\s*'?(?<name>[^',)]+)'?\s*(?:,\s*'?(?<start>.*?)'?\s*)?\)\)")]
    private static partial Regex PathOfFileAbove();

    [GeneratedRegex(@"\$\(\[MSBuild\]::GetDirectoryNameOfFileAbove\((?<start>[^,]+),(?<name>[^)]+)\)\)")]
    private static partial Regex DirectoryOfFileAbove();
}
