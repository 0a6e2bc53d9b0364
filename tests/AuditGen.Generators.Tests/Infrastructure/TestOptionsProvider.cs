using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Per-file analyzer options, as an <c>.editorconfig</c> section would give them, keyed by file path.</summary>
internal sealed class TestOptionsProvider(
    ImmutableDictionary<string, ImmutableDictionary<string, string>> byPath,
    ImmutableDictionary<string, string>? global = null) : AnalyzerConfigOptionsProvider
{
    public static TestOptionsProvider Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global ?? ImmutableDictionary<string, string>.Empty);

    /// <summary>Build-wide options only, as <c>build_property.*</c> entries of the SDK's generated global config.</summary>
    public static TestOptionsProvider Global(params (string Key, string Value)[] options) =>
        new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty, options.ToImmutableDictionary(o => o.Key, o => o.Value));

    public static TestOptionsProvider ForFile(string path, params (string Key, string Value)[] options) =>
        new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(path, options.ToImmutableDictionary(o => o.Key, o => o.Value)));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        byPath.TryGetValue(tree.FilePath, out ImmutableDictionary<string, string>? values) ? new Options(values) : GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
