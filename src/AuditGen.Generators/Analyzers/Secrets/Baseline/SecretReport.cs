using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets.Baseline;

/// <summary>
/// The one place where every secret finding (AG1001–AG1007) becomes a diagnostic: it stamps the
/// <see cref="Fingerprint"/> on it and, when the team's <see cref="SecretBaseline"/> lists it, reports it as AG1000
/// instead, a warning the CI gate never raises.
/// </summary>
internal readonly struct SecretReport(Action<Diagnostic> report, SecretBaseline baseline, CancellationToken cancellationToken)
{
    /// <summary>On AG1000: the id of the rule that found it, for tools that group or filter by rule.</summary>
    public const string RuleProperty = "AuditGen.Rule";

    public void Add(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArgs)
    {
        string fingerprint = Fingerprint.For(descriptor.Id, location, baseline.ProjectDirectory, cancellationToken);
        properties = properties.SetItem(Fingerprint.Property, fingerprint);
        Diagnostic finding = Diagnostic.Create(descriptor, location, properties, messageArgs);
        if (baseline.IsEmpty || !baseline.Contains(fingerprint))
        {
            report(finding);
            return;
        }

        if (!baseline.IsTurnedOff(descriptor.Id, location.SourceTree!, cancellationToken))
        {
            // The properties travel along, so the original rule's code fixes still apply to the baselined finding.
            report(Diagnostic.Create(
                SecretDescriptors.BaselinedSecret,
                location,
                properties.SetItem(RuleProperty, descriptor.Id),
                descriptor.Id,
                finding.GetMessage(CultureInfo.InvariantCulture)));
        }
    }
}
