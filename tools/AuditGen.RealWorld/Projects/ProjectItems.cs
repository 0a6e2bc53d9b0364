using System.Xml.Linq;

namespace AuditGen.RealWorld.Projects;

/// <summary>The item pass of a hand evaluation: package references (with central versions) and <c>&lt;Using&gt;</c> items.</summary>
internal sealed class ProjectItems(IReadOnlyDictionary<string, string> properties)
{
    private readonly Dictionary<string, string?> _references = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _central = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _usings = [];
    private readonly List<string> _projectReferences = [];
    private readonly List<string> _friends = [];

    public IReadOnlyList<string> Usings => _usings;

    /// <summary>Referenced projects (full paths), except those referenced only as analyzers or without their assembly.</summary>
    public IReadOnlyList<string> ProjectReferences => _projectReferences;

    /// <summary>Assemblies named by <c>&lt;InternalsVisibleTo&gt;</c> items.</summary>
    public IReadOnlyList<string> Friends => _friends;

    public void AddUsings(IEnumerable<string> usings)
    {
        foreach (string u in usings)
        {
            AddUsing(u);
        }
    }

    /// <summary>The package references, each with its own, overriding or central version.</summary>
    public IReadOnlyList<PackageRequest> Packages() =>
        _references.Select(r => new PackageRequest(r.Key, r.Value ?? _central.GetValueOrDefault(r.Key))).ToList();

    public void Apply(XElement group, string directory)
    {
        foreach (XElement item in group.Elements())
        {
            if (MsBuildText.Evaluate((string?)item.Attribute("Condition"), properties, directory) == false)
            {
                continue;
            }

            string? include = Attribute(item, "Include");
            string? update = Attribute(item, "Update");
            string? remove = Attribute(item, "Remove");
            string? version = Attribute(item, "Version") ?? Attribute(item, "VersionOverride");
            switch (item.Name.LocalName)
            {
                case "PackageReference" or "GlobalPackageReference":
                    foreach (string name in Split(include))
                    {
                        _references[name] = version ?? _references.GetValueOrDefault(name);
                    }

                    foreach (string name in Split(update).Where(_references.ContainsKey))
                    {
                        _references[name] = version ?? _references[name];
                    }

                    foreach (string name in Split(remove))
                    {
                        _references.Remove(name);
                    }

                    break;
                case "PackageVersion":
                    foreach (string name in Split(include).Concat(Split(update)).Where(_ => version is not null))
                    {
                        _central[name] = version!;
                    }

                    break;
                case "ProjectReference" when !string.Equals(Attribute(item, "ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase):
                    foreach (string path in (include ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!path.Contains(MsBuildText.Unknown, StringComparison.Ordinal) && !path.Contains('*', StringComparison.Ordinal))
                        {
                            _projectReferences.Add(Path.GetFullPath(path.Replace('\\', '/'), directory));
                        }
                    }

                    break;
                case "InternalsVisibleTo":
                    _friends.AddRange(Split(include).Where(f => !_friends.Contains(f, StringComparer.Ordinal)));
                    break;
                case "Using":
                    foreach (string name in Split(include))
                    {
                        string? alias = Attribute(item, "Alias");
                        bool isStatic = string.Equals(Attribute(item, "Static"), "true", StringComparison.OrdinalIgnoreCase);
                        AddUsing(alias is { Length: > 0 } ? $"{alias} = {name}" : isStatic ? "static " + name : name);
                    }

                    _usings.RemoveAll(u => Split(remove).Any(r => u == r || u.EndsWith("= " + r, StringComparison.Ordinal) || u == "static " + r));
                    break;
            }
        }
    }

    private void AddUsing(string body)
    {
        if (!_usings.Contains(body, StringComparer.Ordinal))
        {
            _usings.Add(body);
        }
    }

    // An attribute, or the child element of that name (<Version>1.0</Version>), with properties substituted.
    private string? Attribute(XElement item, string name)
    {
        string? raw = (string?)item.Attribute(name) ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        return raw is null ? null : MsBuildText.Substitute(raw.Trim(), properties);
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => !n.Contains(MsBuildText.Unknown, StringComparison.Ordinal) && !n.Contains('*', StringComparison.Ordinal) && !n.Contains('/', StringComparison.Ordinal));
}
