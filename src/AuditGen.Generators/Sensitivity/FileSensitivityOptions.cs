using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuditGen.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Sensitivity;

/// <summary>The sensitivity options of every file that has any, as equatable data: recomputed per compilation (a
/// dictionary lookup per file) but equal, and so cached downstream, until an option actually changes.</summary>
internal sealed class FileSensitivityOptions : System.IEquatable<FileSensitivityOptions>
{
    private readonly EquatableArray<string> _paths;
    private readonly EquatableArray<SensitivityOptions> _options;
    private readonly Dictionary<string, SensitivityOptions> _byPath;

    private FileSensitivityOptions(List<(string Path, SensitivityOptions Options)> files)
    {
        _paths = files.Select(f => f.Path).ToEquatableArray();
        _options = files.Select(f => f.Options).ToEquatableArray();
        _byPath = new Dictionary<string, SensitivityOptions>(System.StringComparer.Ordinal);
        foreach ((string path, SensitivityOptions options) in files)
        {
            _byPath[path] = options;
        }
    }

    public static FileSensitivityOptions From(IEnumerable<SyntaxTree> trees, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var files = new List<(string, SensitivityOptions)>();
        foreach (SyntaxTree tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SensitivityOptions options = SensitivityPolicy.From(provider.GetOptions(tree)).Options;
            if (!options.IsDefault)
            {
                files.Add((tree.FilePath, options));
            }
        }

        return new FileSensitivityOptions(files);
    }

    public SensitivityOptions For(string path) => _byPath.TryGetValue(path, out SensitivityOptions? options) ? options : SensitivityOptions.Default;

    public bool Equals(FileSensitivityOptions? other) => other is not null && _paths == other._paths && _options == other._options;

    public override bool Equals(object? obj) => Equals(obj as FileSensitivityOptions);

    public override int GetHashCode() => _paths.GetHashCode();
}
