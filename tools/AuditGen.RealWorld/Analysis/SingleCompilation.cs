using AuditGen.RealWorld.Projects;
using AuditGen.RealWorld.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.RealWorld.Analysis;

/// <summary>One in-memory compilation of all of a repository's files; each project's global usings become plain usings of its own files.</summary>
internal static class SingleCompilation
{
    public static CSharpCompilation Create(string name, IReadOnlyList<string> files, Func<string, ProjectInfo?> projectOf, IEnumerable<MetadataReference> references)
    {
        SyntaxTree[] parsed = SourceParser.Parse(files, projectOf);

        // A project's usings: the SDK's implicit ones, <Using> items, and every global using in any of its files.
        var usings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            ProjectInfo? project = projectOf(files[i]);
            string key = project?.Path ?? string.Empty;
            if (!usings.TryGetValue(key, out List<string>? list))
            {
                usings[key] = list = [.. project?.Usings ?? []];
            }

            list.AddRange(GlobalUsings.Declared(parsed[i]).Where(u => !list.Contains(u, StringComparer.Ordinal)));
        }

        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            SourceText rewritten = GlobalUsings.Rewrite(parsed[i], usings[projectOf(files[i])?.Path ?? string.Empty]);
            trees[i] = ReferenceEquals(rewritten, parsed[i].GetText()) ? parsed[i] : parsed[i].WithChangedText(rewritten);
        });

        return CSharpCompilation.Create(name, trees, references, SourceParser.CompilationOptions);
    }
}
