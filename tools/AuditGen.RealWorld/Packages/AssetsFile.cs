using System.Text.Json;

namespace AuditGen.RealWorld.Packages;

/// <summary>What a restore wrote to <c>obj/project.assets.json</c>: compile assemblies, the dependency graph, errors.</summary>
internal sealed class AssetsFile
{
    private AssetsFile(
        List<CompileAsset> compile, Dictionary<string, List<string>> dependencies, Dictionary<string, List<string>> dependents, List<(string Code, string Message, string? Library)> errors)
    {
        Compile = compile;
        Dependencies = dependencies;
        Dependents = dependents;
        Errors = errors;
    }

    /// <summary>One compile-time assembly of a restored package.</summary>
    internal sealed record CompileAsset(string AssemblyName, string Package, NuGetVersion Version, string Path);

    public IReadOnlyList<CompileAsset> Compile { get; }

    /// <summary>For each package id (lower case), the ids of the packages that depend on it.</summary>
    public IReadOnlyDictionary<string, List<string>> Dependents { get; }

    /// <summary>For each restored package id, the ids of the packages it depends on.</summary>
    public IReadOnlyDictionary<string, List<string>> Dependencies { get; }

    public IReadOnlyList<(string Code, string Message, string? Library)> Errors { get; }

    public static AssetsFile Read(string path, string framework)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        JsonElement root = document.RootElement;
        string packageFolder = root.TryGetProperty("packageFolders", out JsonElement folders)
            ? folders.EnumerateObject().Select(f => f.Name).FirstOrDefault() ?? string.Empty
            : string.Empty;
        var compile = new List<CompileAsset>();
        var dependents = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var dependencies = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("targets", out JsonElement targets) && targets.TryGetProperty(framework, out JsonElement target))
        {
            foreach (JsonProperty library in target.EnumerateObject())
            {
                string[] nameVersion = library.Name.Split('/');
                if (nameVersion.Length != 2)
                {
                    continue;
                }

                dependencies[nameVersion[0]] = [.. Names(library.Value, "dependencies")];
                foreach (string dependency in Names(library.Value, "dependencies"))
                {
                    if (!dependents.TryGetValue(dependency, out List<string>? parents))
                    {
                        dependents[dependency] = parents = [];
                    }

                    parents.Add(nameVersion[0]);
                }

                string? libraryPath = root.GetProperty("libraries").TryGetProperty(library.Name, out JsonElement info) && info.TryGetProperty("path", out JsonElement p)
                    ? p.GetString()
                    : null;
                NuGetVersion? version = NuGetVersion.TryParse(nameVersion[1]);
                if (libraryPath is null || version is null || library.Value.GetProperty("type").GetString() != "package")
                {
                    continue;
                }

                foreach (string file in Names(library.Value, "compile").Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                {
                    compile.Add(new CompileAsset(System.IO.Path.GetFileNameWithoutExtension(file), nameVersion[0], version, System.IO.Path.Combine(packageFolder, libraryPath, file)));
                }
            }
        }

        var errors = new List<(string, string, string?)>();
        if (root.TryGetProperty("logs", out JsonElement logs))
        {
            foreach (JsonElement log in logs.EnumerateArray().Where(l => l.TryGetProperty("level", out JsonElement level) && level.GetString() == "Error"))
            {
                errors.Add((
                    log.GetProperty("code").GetString() ?? string.Empty,
                    log.TryGetProperty("message", out JsonElement m) ? m.GetString() ?? string.Empty : string.Empty,
                    log.TryGetProperty("libraryId", out JsonElement id) ? id.GetString() : null));
            }
        }

        return new AssetsFile(compile, dependencies, dependents, errors);
    }

    private static IEnumerable<string> Names(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(p => p.Name)
            : [];
}
