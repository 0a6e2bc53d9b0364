using System.Collections.Concurrent;
using AuditGen.RealWorld.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.RealWorld.Analysis;

/// <summary>Parses a repository's files, each with its project's preprocessor symbols.</summary>
internal static class SourceParser
{
    /// <summary>Preprocessor symbols of a .NET 10 release build, before a project's own DefineConstants.</summary>
    public static IReadOnlyList<string> BaseSymbols { get; } =
    [
        "NET", "NETCOREAPP", "RELEASE", "TRACE", "NET10_0",
        "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER",
        "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER",
        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER",
    ];

    /// <summary>The parse options of a project (or of files outside any project): preview language, its symbols.</summary>
    public static CSharpParseOptions OptionsFor(ProjectInfo? project) =>
        new(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, BaseSymbols.Concat(project?.DefineConstants ?? []).Distinct());

    public static SyntaxTree[] Parse(IReadOnlyList<string> files, Func<string, ProjectInfo?> projectOf)
    {
        var options = new ConcurrentDictionary<string, CSharpParseOptions>(StringComparer.Ordinal);
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            ProjectInfo? project = projectOf(files[i]);
            using FileStream stream = File.OpenRead(files[i]);
            SourceText text = SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
            trees[i] = CSharpSyntaxTree.ParseText(text, options.GetOrAdd(project?.Path ?? string.Empty, _ => OptionsFor(project)), files[i]);
        });
        return trees;
    }

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: true,
        concurrentBuild: true);
}
