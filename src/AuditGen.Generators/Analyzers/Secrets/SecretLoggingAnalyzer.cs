using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// Reports secrets on their way into a log: Microsoft.Extensions.Logging calls, scopes, LoggerMessage templates and
/// delegates, <c>[LoggerMessage]</c> methods, AuditGen's audited methods and Serilog.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLoggingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property naming the code fix that applies: <see cref="FixRedact"/> or <see cref="FixTemplate"/>.</summary>
    public const string FixProperty = "AuditGen.Fix";

    /// <summary>Wrap the reported value in <c>AuditLog.Redact(...)</c>.</summary>
    public const string FixRedact = "Redact";

    /// <summary>Turn the interpolated message into a template with the secret redacted.</summary>
    public const string FixTemplate = "Template";

    /// <summary>Mark the audited method's parameter <c>[Sensitive]</c> (its argument is business data and must not change).</summary>
    public const string FixSensitive = "Sensitive";

    private static readonly Dictionary<SecretKind, DiagnosticDescriptor> ByKind = new()
    {
        [SecretKind.Name] = SecretDescriptors.SecretNameReachesLog,
        [SecretKind.Marked] = SecretDescriptors.SensitiveDataReachesLog,
        [SecretKind.Type] = SecretDescriptors.SecretTypeReachesLog,
        [SecretKind.Literal] = SecretDescriptors.SecretTextReachesLog,
        [SecretKind.ObjectMembers] = SecretDescriptors.ObjectWithSecretReachesLog,
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SecretDescriptors.SecretNameReachesLog,
        SecretDescriptors.SensitiveDataReachesLog,
        SecretDescriptors.SecretTypeReachesLog,
        SecretDescriptors.SecretTextReachesLog,
        SecretDescriptors.ObjectWithSecretReachesLog,
        SecretDescriptors.SecretPlaceholder,
        SecretDescriptors.BaselinedSecret);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var sinkTypes = new LogSinkTypes(start.Compilation);
            if (!sinkTypes.AnyPresent)
            {
                return;
            }

            var known = KnownTypes.From(start.Compilation);
            var secretTypes = new SecretTypes(start.Compilation);
            var sinks = new LogSinks(sinkTypes, known);
            var baseline = SecretBaseline.From(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterOperationAction(ctx => AnalyzeInvocation(ctx, sinks, secretTypes, known, baseline), OperationKind.Invocation);
            if (sinkTypes.LoggerMessageAttribute is not null)
            {
                start.RegisterSymbolAction(
                    ctx => LoggerMessageDeclarations.Analyze(
                        ctx,
                        sinkTypes,
                        sinks,
                        new SecretDetector(secretTypes, known, Policy(ctx.Options, ctx.Symbol.Locations.FirstOrDefault()?.SourceTree), ctx.CancellationToken),
                        new SecretReport(ctx.ReportDiagnostic, baseline, ctx.CancellationToken)),
                    SymbolKind.Method);
            }
        });
    }

    internal static void Report(SecretReport report, SecretFinding finding, Location location, string sink, string route, string fix) =>
        report.Add(
            ByKind[finding.Kind],
            location,
            ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix),
            finding.Subject,
            finding.Description,
            sink,
            route);

    internal static SensitivityPolicy Policy(AnalyzerOptions options, SyntaxTree? tree) => SensitivityPolicy.From(options, tree);

    private static void AnalyzeInvocation(OperationAnalysisContext context, LogSinks sinks, SecretTypes secretTypes, KnownTypes known, SecretBaseline baseline)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (sinks.Classify(invocation, context.Options) is not { } sink)
        {
            return;
        }

        var detector = new SecretDetector(secretTypes, known, Policy(context.Options, invocation.Syntax.SyntaxTree), context.CancellationToken);
        SinkAnalysis.Analyze(sink, detector, new SecretReport(context.ReportDiagnostic, baseline, context.CancellationToken));
    }
}
