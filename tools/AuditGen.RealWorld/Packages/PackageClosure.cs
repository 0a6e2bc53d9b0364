using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace AuditGen.RealWorld.Packages;

/// <summary>The compile references a set of direct package references brings, with everything they depend on: so each
/// project sees its own packages, not every package of the repository (one package's embedded copy of a logging type
/// would otherwise hide the real one from every project). Metadata references are shared between compilations.</summary>
internal sealed class PackageClosure(RestoreResult restore, IReadOnlyList<string> frameworkReferences)
{
    private readonly ILookup<string, AssetsFile.CompileAsset> _assets = restore.Assets.ToLookup(a => a.Package, StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, MetadataReference> _metadata = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<MetadataReference>> _byRoots = new(StringComparer.Ordinal);

    /// <summary>Every assembly path handed to a compilation so far.</summary>
    public int DistinctReferences => _metadata.Count;

    /// <summary>The framework packs and the compile assets of <paramref name="packages"/> and their dependencies;
    /// where two packages carry the same assembly, the higher package version wins.</summary>
    public IReadOnlyList<MetadataReference> For(IEnumerable<string> packages)
    {
        List<string> roots = [.. packages.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
        return _byRoots.GetOrAdd(string.Join('\n', roots), _ =>
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Queue<string>(roots);
            while (pending.Count > 0)
            {
                string package = pending.Dequeue();
                if (seen.Add(package))
                {
                    foreach (string dependency in restore.Dependencies.GetValueOrDefault(package) ?? [])
                    {
                        pending.Enqueue(dependency);
                    }
                }
            }

            IEnumerable<string> paths = seen.SelectMany(p => _assets[p])
                .GroupBy(a => a.AssemblyName, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderBy(a => a.Version).Last().Path);
            return [.. frameworkReferences.Concat(paths.Order(StringComparer.Ordinal)).Select(p => _metadata.GetOrAdd(p, path => MetadataReference.CreateFromFile(path)))];
        });
    }

    /// <summary>All restored packages (for a single compilation of everything).</summary>
    public IReadOnlyList<MetadataReference> All() => For(restore.Assets.Select(a => a.Package));
}
