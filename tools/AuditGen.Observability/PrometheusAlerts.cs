using System.Text;

namespace AuditGen.Observability;

/// <summary>
/// Prometheus alerting rules for every operation of a catalog: a failure-rate alert per audited operation, a P95 alert
/// at each slow-call threshold, a critical alert when a <c>Required</c> operation is refused (its record could not be
/// written, so the operation did not run), a burst alert for authentication failures, and one for dropped records.
/// </summary>
public static class PrometheusAlerts
{
    public static string Write(Catalog catalog)
    {
        MetricNames m = catalog.Metrics;
        var text = new StringBuilder()
            .Append("# Generated from the audit catalog of ").Append(catalog.Assembly).Append(" by tools/AuditGen.Observability; do not edit.\n")
            .Append("# Regenerate: dotnet run --project tools/AuditGen.Observability -- <assembly>.auditgen.json samples/observability\n")
            .Append("groups:\n  - name: ").Append(Slug(catalog.Assembly)).Append("-audit\n    rules:\n");
        foreach (CatalogOperation operation in catalog.Operations.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            string selector = $"{m.OperationLabel}=\"{PromQl(operation.Name)}\"";
            if (operation.Audited)
            {
                Rule(text, "AuditFailureRate_" + Identifier(operation.Name), "warning", "10m",
                    $"sum(rate({m.CallCount}{{{selector},{m.OutcomeLabel}=\"Failed\"}}[5m])) / sum(rate({m.CallCount}{{{selector}}}[5m])) > 0.2",
                    $"More than 20% of {operation.Name} calls fail",
                    $"Audit records with operation {operation.Name} and outcome Failed ({operation.Function}).");
            }

            if (operation.SlowThresholdMs is { } threshold)
            {
                Rule(text, "AuditSlow_" + Identifier(operation.Name), "warning", "10m",
                    $"histogram_quantile(0.95, sum by (le) (rate({m.DurationBuckets}{{{selector}}}[5m]))) > {m.Threshold(threshold)}",
                    $"P95 of {operation.Name} is over its {threshold} ms slow-call threshold",
                    $"Slow-call records with event name {operation.Name}.slow.");
            }

            if (operation.Required)
            {
                Rule(text, "AuditRequiredRefused_" + Identifier(operation.Name), "critical", null,
                    $"sum(increase({m.DroppedTotal}{{{selector},reason=\"refused\"}}[5m])) > 0",
                    $"{operation.Name} was refused because its audit record could not be written",
                    "The operation requires an audit trail (Required = true): check the logging pipeline; the callers got AuditUnavailableException.");
            }

            if (operation.Category == "authentication" && operation.Audited)
            {
                Rule(text, "AuthenticationFailureBurst_" + Identifier(operation.Name), "critical", null,
                    $"sum(increase({m.CallCount}{{{selector},{m.OutcomeLabel}=\"Failed\"}}[5m])) > 20",
                    $"More than 20 failed {operation.Name} calls in 5 minutes",
                    $"Query the failed {operation.Name} records by client address to find the source.");
            }
        }

        Rule(text, "AuditRecordsDropped", "critical", null,
            $"sum by ({m.OperationLabel}, reason) (increase({m.DroppedTotal}[5m])) > 0",
            "Audit records of {{ $labels." + m.OperationLabel + " }} were dropped ({{ $labels.reason }})",
            "A logging provider, logger or listener failed; the audited calls were not affected (except Required ones).");
        return text.ToString();
    }

    private static void Rule(StringBuilder text, string name, string severity, string? duration, string expression, string summary, string runbook)
    {
        text.Append("      - alert: ").Append(name).Append('\n')
            .Append("        expr: |\n          ").Append(expression).Append('\n');
        if (duration is not null)
        {
            text.Append("        for: ").Append(duration).Append('\n');
        }

        text.Append("        labels:\n          severity: ").Append(severity).Append('\n')
            .Append("        annotations:\n")
            .Append("          summary: ").Append(Quote(summary)).Append('\n')
            .Append("          runbook: ").Append(Quote(runbook)).Append('\n');
    }

    /// <summary>An alert name part: letters, digits and underscores.</summary>
    internal static string Identifier(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    /// <summary>A PromQL string literal's content.</summary>
    internal static string PromQl(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    internal static string Slug(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
