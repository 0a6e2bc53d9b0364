using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Emission;
using AuditGen.Generators.Model;
using AuditGen.Generators.Parsing;
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
        IncrementalValuesProvider<AuditTargetSpec?> audited = AttributedMethods(context, KnownTypeNames.AuditAttribute, TrackingNames.AuditMethods);
        IncrementalValuesProvider<AuditTargetSpec?> tracked = AttributedMethods(context, KnownTypeNames.TrackPerformanceAttribute, TrackingNames.PerformanceMethods);

        IncrementalValueProvider<ImmutableArray<AuditTargetSpec>> valid = audited.Collect()
            .Combine(tracked.Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right).Where(t => t is not null).Select(t => t!).ToImmutableArray())
            .WithTrackingName(TrackingNames.ValidMethods);

        IncrementalValuesProvider<AuditTypeSpec> types = valid
            .SelectMany(static (targets, _) => AuditTypeGrouping.Group(targets))
            .WithTrackingName(TrackingNames.Types);

        context.RegisterSourceOutput(types, static (spc, type) =>
            spc.AddSource(type.Type.HintName, AuditSourceWriter.Write(type, ToolVersion)));
    }

    private static IncrementalValuesProvider<AuditTargetSpec?> AttributedMethods(
        IncrementalGeneratorInitializationContext context, string attributeName, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, ct) => AuditMethodParser.Parse(ctx, ct))
            .WithTrackingName(trackingName);
}
