using System.Collections.Immutable;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Checks the template, the values and the scope state of one log call.</summary>
internal static class SinkAnalysis
{
    public static void Analyze(LogSink sink, SecretDetector detector, SecretReport report)
    {
        if (sink.Template is { } template)
        {
            AnalyzeTemplate(sink, template, detector, report);
        }

        foreach (LogValue value in sink.Values)
        {
            AnalyzeValue(sink, value, detector, report);
        }

        if (sink.ScopeState is { } state)
        {
            ScopeStateAnalysis.Analyze(sink, state, detector, report);
        }
    }

    private static void AnalyzeTemplate(LogSink sink, IOperation template, SecretDetector detector, SecretReport report)
    {
        if (template.ConstantValue.Value is string text)
        {
            if (SecretLiterals.Match(text) is { } literal)
            {
                var finding = new SecretFinding(SecretKind.Literal, "The message template", literal, template.Syntax);
                SecretLoggingAnalyzer.Report(report, finding, template.Syntax.GetLocation(), sink.Name, string.Empty, string.Empty);
            }

            return;
        }

        // A message built at run time ($"…{token}", "…" + token) logs its values with no redaction at all.
        if (detector.Find(template) is { } secret)
        {
            string fix = template is IInterpolatedStringOperation ? SecretLoggingAnalyzer.FixTemplate : SecretLoggingAnalyzer.FixRedact;
            SecretLoggingAnalyzer.Report(report, secret, secret.Origin.GetLocation(), sink.Name, " through the message text", fix);
        }
    }

    private static void AnalyzeValue(LogSink sink, LogValue value, SecretDetector detector, SecretReport report)
    {
        Placeholder? placeholder = value.Placeholder;
        string route = placeholder is null ? string.Empty : $" through placeholder {{{placeholder.Name}}}";
        SecretFinding? finding = detector.Find(value.Value)
            ?? (placeholder is { Destructured: true } && sink.Destructures
                ? detector.FromMembers(SecretDetector.Unwrap(value.Value)?.Type, value.Value.Syntax, ObjectRoute.Destructured)
                : null);
        if (finding is not null)
        {
            SecretLoggingAnalyzer.Report(report, finding, value.Value.Syntax.GetLocation(), sink.Name, route, sink.ValueFix);
            return;
        }

        // A placeholder named like the lookup key it shows ({userCode}) adds nothing to the key's own name (StoreKeys).
        if (placeholder?.SecretDescription(detector.Names, SecretDetector.NameOf(value.Value), SecretDetector.Unwrap(value.Value)?.Type) is { } description
            && !SecretDetector.IsProvenSafe(value.Value)
            && !(SecretDetector.Unwrap(value.Value) is IParameterReferenceOperation parameter && StoreKeys.IsForeignLookupKey(parameter.Parameter, detector.Cancellation)))
        {
            report.Add(
                SecretDescriptors.SecretPlaceholder,
                value.Value.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(SecretLoggingAnalyzer.FixProperty, sink.ValueFix),
                placeholder.Name,
                description,
                sink.Name);
        }
    }
}
