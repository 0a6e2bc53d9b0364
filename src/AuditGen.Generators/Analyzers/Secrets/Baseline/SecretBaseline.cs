using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AuditGen.Generators.Analyzers.Secrets.Baseline;

/// <summary>
/// The findings a team recorded in its baseline file (<c>auditgen.baseline.txt</c>), read once per compilation. The
/// package's targets pass the file as an <c>AdditionalFiles</c> item with <c>AuditGenBaseline="true"</c> metadata, and
/// the project directory and the write mode as compiler-visible properties (<c>buildTransitive/AuditGen.targets</c>).
/// </summary>
internal sealed class SecretBaseline
{
    /// <summary><c>write</c> while <c>dotnet build -p:AuditGenBaseline=write</c> records today's findings.</summary>
    public const string ModeKey = "build_property.AuditGenBaseline";

    public const string ProjectDirectoryKey = "build_property.AuditGenProjectDirectory";

    /// <summary>The SDK's own compiler-visible project folder, for builds that load the analyzer without the package's targets.</summary>
    public const string SdkProjectDirectoryKey = "build_property.ProjectDir";

    public const string FileMetadataKey = "build_metadata.AdditionalFiles.AuditGenBaseline";

    private readonly HashSet<string> _fingerprints;
    private readonly CompilationOptions _compilationOptions;

    private SecretBaseline(HashSet<string> fingerprints, string? projectDirectory, CompilationOptions compilationOptions)
    {
        _fingerprints = fingerprints;
        ProjectDirectory = projectDirectory;
        _compilationOptions = compilationOptions;
    }

    /// <summary>The folder fingerprints' paths are relative to; <see langword="null"/> when the build does not say.</summary>
    public string? ProjectDirectory { get; }

    public static SecretBaseline From(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        string? directory = Value(global, ProjectDirectoryKey) ?? Value(global, SdkProjectDirectoryKey);

        // Writing records what the code has today: a finding already in the old file must be reported under its own
        // id, or it would not reach the SARIF log as itself and fixed ones could never drop out.
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        if (!string.Equals(Value(global, ModeKey), "write", StringComparison.OrdinalIgnoreCase))
        {
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (string.Equals(Value(options.AnalyzerConfigOptionsProvider.GetOptions(file), FileMetadataKey), "true", StringComparison.OrdinalIgnoreCase)
                    && file.GetText(cancellationToken) is { } text)
                {
                    Read(text, fingerprints);
                }
            }
        }

        return new SecretBaseline(fingerprints, directory, compilation.Options);
    }

    public bool IsEmpty => _fingerprints.Count == 0;

    public bool Contains(string fingerprint) => _fingerprints.Contains(fingerprint);

    /// <summary>
    /// Whether the build turns rule <paramref name="id"/> off for <paramref name="tree"/> (<c>NoWarn</c>, or severity
    /// <c>none</c> in an .editorconfig or global config), in the compiler's order: command line, then file, then global.
    /// </summary>
    /// <remarks>
    /// A baselined finding is reported as AG1000, which the original rule's settings do not reach: without this check a
    /// rule switched off after the baseline was written would come back under the new id.
    /// </remarks>
    public bool IsTurnedOff(string id, SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_compilationOptions.SpecificDiagnosticOptions.TryGetValue(id, out ReportDiagnostic specific) && specific != ReportDiagnostic.Default)
        {
            return specific == ReportDiagnostic.Suppress;
        }

        SyntaxTreeOptionsProvider? provider = _compilationOptions.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return false;
        }

        return provider.TryGetDiagnosticValue(tree, id, cancellationToken, out ReportDiagnostic inFile)
            ? inFile == ReportDiagnostic.Suppress
            : provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out ReportDiagnostic global) && global == ReportDiagnostic.Suppress;
    }

    // One fingerprint a line; blank lines and '#' comments (the header the writer puts on top) are skipped, and
    // surrounding whitespace is ignored so that an editor's trailing spaces or CRLF line ends change nothing.
    private static void Read(SourceText text, HashSet<string> fingerprints)
    {
        foreach (TextLine line in text.Lines)
        {
            string entry = line.ToString().Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                fingerprints.Add(entry);
            }
        }
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
