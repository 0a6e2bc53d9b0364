using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace AuditGen.RealWorld.Analysis;

/// <summary>The compilations a repository was turned into (one, or one per project), and which one owns each file.</summary>
internal sealed class CompilationSet
{
    private readonly Dictionary<string, Compilation> _owner;
    private readonly Dictionary<string, SyntaxTree> _trees;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public CompilationSet(IReadOnlyList<Compilation> compilations)
    {
        Compilations = compilations;
        _owner = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        _trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (Compilation compilation in compilations)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                _owner.TryAdd(tree.FilePath, compilation);
                _trees.TryAdd(tree.FilePath, tree);
            }
        }
    }

    public IReadOnlyList<Compilation> Compilations { get; }

    public IEnumerable<SyntaxTree> Trees => Compilations.SelectMany(c => c.SyntaxTrees);

    public SyntaxTree? Tree(string path) => _trees.GetValueOrDefault(path);

    public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => _owner[t.FilePath].GetSemanticModel(t));
}
