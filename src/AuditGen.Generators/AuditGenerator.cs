using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Emission;
using AuditGen.Generators.Model;
using AuditGen.Generators.Parsing;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators;

/// <summary>
/// Generates the implementing part of every <c>partial</c> method marked <c>[Audit]</c> or <c>[TrackPerformance]</c>:
/// one file per containing type. Invalid methods are skipped; <c>AuditMethodAnalyzer</c> reports why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AuditGenerator : IIncrementalGenerator
{
    private static readonly string ToolVersion = typeof(AuditGenerator).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<AuditTargetSpec?> audited = Judged(context, AttributedMethods(context, KnownTypeNames.AuditAttribute, TrackingNames.AuditMethods));
        IncrementalValuesProvider<AuditTargetSpec?> tracked = Judged(context, AttributedMethods(context, KnownTypeNames.TrackPerformanceAttribute, TrackingNames.PerformanceMethods));

        IncrementalValueProvider<ImmutableArray<AuditTargetSpec>> valid = audited.Collect()
            .Combine(tracked.Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right).Where(t => t is not null).Select(t => t!).ToImmutableArray())
            .WithTrackingName(TrackingNames.ValidMethods);

        IncrementalValuesProvider<AuditTypeSpec> types = valid
            .SelectMany(static (targets, _) => AuditTypeGrouping.Group(targets))
            .WithTrackingName(TrackingNames.Types);

        IncrementalValueProvider<RecordKeyNames> profile = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RecordKeyNames.ForSetting(options.GlobalOptions.TryGetValue(KeyProfileProperty, out string? value) ? value : null))
            .WithTrackingName(TrackingNames.KeyProfile);

        context.RegisterSourceOutput(types.Combine(profile), static (spc, pair) =>
            spc.AddSource(pair.Left.Type.HintName, AuditSourceWriter.Write(pair.Left, ToolVersion, pair.Right)));

        // The catalog needs the runtime's attribute (an older AuditGen.dll beside this generator has none) and the
        // assembly's name; both are reduced to strings here, so editing code does not rewrite the catalog.
        IncrementalValueProvider<string?> catalogTarget = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(CatalogAttributeName) is null ? null : compilation.AssemblyName ?? string.Empty);
        context.RegisterSourceOutput(types.Collect().Combine(profile).Combine(catalogTarget), static (spc, input) =>
        {
            if (input.Right is { } assemblyName
                && CatalogWriter.Source(input.Left.Left, input.Left.Right, assemblyName, ToolVersion) is { } source)
            {
                spc.AddSource(CatalogWriter.HintName, source);
            }
        });
    }

    /// <summary>The MSBuild property (made compiler-visible by AuditGen.props) that picks the record keys.</summary>
    private const string KeyProfileProperty = "build_property.AuditGenKeyProfile";

    private const string CatalogAttributeName = "AuditGen.Runtime.AuditCatalogAttribute";

    private static IncrementalValuesProvider<ParsedTarget> AttributedMethods(
        IncrementalGeneratorInitializationContext context, string attributeName, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, ct) => new ParsedTarget(AuditMethodParser.Parse(ctx, ct), ctx.TargetNode.SyntaxTree.FilePath))
            .WithTrackingName(trackingName);

    // Each file's .editorconfig vocabulary is applied after parsing: a syntax step cannot read options. The options of
    // every file are gathered into equatable data, so editing .editorconfig re-judges the parsed methods (strings only,
    // no symbols) and regenerates only the files whose records change; editing code leaves this step cached.
    private static IncrementalValuesProvider<AuditTargetSpec?> Judged(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedTarget> parsed) =>
        parsed
            .Combine(context.CompilationProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => FileSensitivityOptions.From(pair.Left.SyntaxTrees, pair.Right, ct)))
            .Select(static (pair, _) => pair.Left.Spec is { } spec
                ? SensitivityApplier.Apply(spec, SensitivityPolicy.For(pair.Right.For(pair.Left.FilePath)))
                : null)
            .WithTrackingName(TrackingNames.JudgedMethods);

    /// <summary>A parsed method and the path of its file, whose options apply to it.</summary>
    private sealed record ParsedTarget(AuditTargetSpec? Spec, string FilePath);
}
