using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AuditGen.RealWorld.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.RealWorld.Analysis;

/// <summary>One compilation per project, referencing the compilations of the projects it references (transitively, as
/// the SDK does; a package reference naming a project of the repository counts as a reference to it), with its project-wide
/// usings and its <c>&lt;InternalsVisibleTo&gt;</c> items in a generated file, as the SDK generates them.</summary>
internal sealed partial class ProjectCompilations
{
    private const string NoProject = "";
    private readonly Dictionary<string, ProjectInfo?> _projects;
    private readonly Dictionary<string, List<SyntaxTree>> _trees;
    private readonly Func<IEnumerable<string>?, IReadOnlyList<MetadataReference>> _packageReferences;
    private readonly Dictionary<string, CSharpCompilation> _built = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _closure = new(StringComparer.Ordinal);
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _projectByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ImmutableArray<byte>> _friendKeys;

    private ProjectCompilations(
        Dictionary<string, ProjectInfo?> projects, Dictionary<string, List<SyntaxTree>> trees, Func<IEnumerable<string>?, IReadOnlyList<MetadataReference>> packageReferences)
    {
        _projects = projects;
        _trees = trees;
        _packageReferences = packageReferences;
        _friendKeys = FriendKeys(trees.Values.SelectMany(t => t));
        foreach (ProjectInfo project in projects.Values.OfType<ProjectInfo>().OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            _projectByName.TryAdd(project.AssemblyName, project.Path);
            _projectByName.TryAdd(Path.GetFileNameWithoutExtension(project.Path), project.Path);
        }
    }

    /// <param name="files">The files.</param>
    /// <param name="projectOfFile">The project of each file.</param>
    /// <param name="projects">The projects read.</param>
    /// <param name="packageReferences">The references for a project's packages (its own and those of the projects it
    /// references), or for every package when given <see langword="null"/> (files outside any project).</param>
    public static IReadOnlyList<Compilation> Create(
        IReadOnlyList<string> files,
        IReadOnlyDictionary<string, string> projectOfFile,
        Dictionary<string, ProjectInfo?> projects,
        Func<IEnumerable<string>?, IReadOnlyList<MetadataReference>> packageReferences)
    {
        string Key(string file) => projectOfFile.TryGetValue(file, out string? p) ? p : NoProject;
        SyntaxTree[] parsed = SourceParser.Parse(files, f => projects.GetValueOrDefault(Key(f)));
        var trees = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            string key = Key(files[i]);
            if (!trees.TryGetValue(key, out List<SyntaxTree>? list))
            {
                trees[key] = list = [];
            }

            list.Add(parsed[i]);
        }

        var builder = new ProjectCompilations(projects, trees, packageReferences);
        foreach (string key in trees.Keys.Order(StringComparer.Ordinal))
        {
            builder.Build(key);
        }

        return [.. trees.Keys.Order(StringComparer.Ordinal).Select(k => (Compilation)builder._built[k])];
    }

    /// <summary>The generated file of a project: its usings as global usings, and InternalsVisibleTo for its friend assemblies.</summary>
    public static string GlobalUsingsFile(IEnumerable<string> usings, IEnumerable<string> friends)
    {
        var text = new StringBuilder();
        foreach (string body in usings)
        {
            text.Append("global using ").Append(Qualified(body)).AppendLine(";");
        }

        foreach (string friend in friends)
        {
            text.Append("[assembly: global::System.Runtime.CompilerServices.InternalsVisibleTo(\"").Append(friend).AppendLine("\")]");
        }

        return text.ToString();
    }

    // A friend named with a public key in [InternalsVisibleTo("Name, PublicKey=...")] is public-signed with that key,
    // or the compiler refuses it the access (CS0281).
    private static Dictionary<string, ImmutableArray<byte>> FriendKeys(IEnumerable<SyntaxTree> trees)
    {
        var keys = new Dictionary<string, ImmutableArray<byte>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            string text = tree.GetText().ToString();
            if (!text.Contains("InternalsVisibleTo", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in FriendWithKey().Matches(text))
            {
                keys.TryAdd(match.Groups["name"].Value.Trim(), [.. Convert.FromHexString(match.Groups["key"].Value)]);
            }
        }

        return keys;
    }

    [GeneratedRegex(@"InternalsVisibleTo\(\s*""(?<name>[^,""]+),\s*PublicKey\s*=\s*(?<key>(?:[0-9a-fA-F]{2})+)\s*""")]
    private static partial Regex FriendWithKey();

    private static string Qualified(string body)
    {
        int equals = body.IndexOf(" = ", StringComparison.Ordinal);
        if (equals > 0)
        {
            return body[..(equals + 3)] + Global(body[(equals + 3)..]);
        }

        return body.StartsWith("static ", StringComparison.Ordinal) ? "static " + Global(body[7..]) : Global(body);
    }

    private static string Global(string name) => name.StartsWith("global::", StringComparison.Ordinal) ? name : "global::" + name;

    private HashSet<string> Build(string key)
    {
        if (_closure.TryGetValue(key, out HashSet<string>? done))
        {
            return done;
        }

        var closure = new HashSet<string>(StringComparer.Ordinal);
        if (!_building.Add(key))
        {
            return closure; // a reference cycle: the second visit gets nothing
        }

        ProjectInfo? project = _projects.GetValueOrDefault(key);
        IEnumerable<string> packagesBuiltHere = (project?.Packages ?? []).Select(p => _projectByName.GetValueOrDefault(p.Name)).OfType<string>();
        foreach (string reference in (project?.ProjectReferences ?? []).Concat(packagesBuiltHere).Distinct(StringComparer.Ordinal))
        {
            if (reference != key && _trees.ContainsKey(reference))
            {
                HashSet<string> inner = Build(reference);
                if (_built.ContainsKey(reference))
                {
                    closure.Add(reference);
                }

                closure.UnionWith(inner.Where(_built.ContainsKey));
            }
        }

        string assemblyName = project?.AssemblyName ?? "NoProject";
        string generatedPath = Path.Combine(project?.Directory ?? "/", "obj", "AuditGen.RealWorld.GlobalUsings.g.cs");
        SyntaxTree generated = CSharpSyntaxTree.ParseText(
            GlobalUsingsFile(project?.Usings ?? [], project?.Friends ?? []), SourceParser.OptionsFor(project), generatedPath);
        IEnumerable<MetadataReference> projectReferences = closure.Select(r => _built[r].ToMetadataReference());
        IReadOnlyList<MetadataReference> packages = _packageReferences(
            project is null ? null : closure.Select(r => _projects.GetValueOrDefault(r)).Prepend(project).SelectMany(p => p?.Packages ?? []).Select(p => p.Name));
        CSharpCompilationOptions options = _friendKeys.TryGetValue(assemblyName, out ImmutableArray<byte> publicKey)
            ? SourceParser.CompilationOptions.WithCryptoPublicKey(publicKey).WithPublicSign(true)
            : SourceParser.CompilationOptions;
        _built[key] = CSharpCompilation.Create(assemblyName, [.. _trees[key], generated], packages.Concat(projectReferences), options);
        _closure[key] = closure;
        return closure;
    }
}
