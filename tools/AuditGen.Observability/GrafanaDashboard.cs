using System.Text;
using System.Text.Json;

namespace AuditGen.Observability;

/// <summary>
/// A Grafana dashboard for a catalog's operations: overview panels (calls by outcome, failure rate, P95, dropped records,
/// leaks the sentinel masked), then one row per operation with its calls by outcome and its P95 against its slow-call
/// threshold.
/// </summary>
public static class GrafanaDashboard
{
    private const int Width = 12;
    private const int Height = 8;

    public static string Write(Catalog catalog)
    {
        MetricNames m = catalog.Metrics;
        var panels = new List<Panel>
        {
            new("Audited calls by outcome", $"sum by ({m.OperationLabel}, {m.OutcomeLabel}) (rate({m.CallCount}[5m]))", null),
            new("Failure rate by operation", $"sum by ({m.OperationLabel}) (rate({m.CallCount}{{{m.OutcomeLabel}=\"Failed\"}}[5m])) / sum by ({m.OperationLabel}) (rate({m.CallCount}[5m]))", null),
            new($"P95 duration by operation ({m.DurationUnit})", $"histogram_quantile(0.95, sum by (le, {m.OperationLabel}) (rate({m.DurationBuckets}[5m])))", null),
            new("Dropped or refused audit records", $"sum by ({m.OperationLabel}, reason) (increase({m.DroppedTotal}[5m]))", null),
            new("Secrets masked by the leak sentinel", "sum by (category, kind) (increase(auditgen_leaks_masked_total[15m]))", null),
        };
        foreach (CatalogOperation operation in catalog.Operations.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            string selector = $"{m.OperationLabel}=\"{PrometheusAlerts.PromQl(operation.Name)}\"";
            panels.Add(new Panel(operation.Name, null, null, Row: true));
            if (operation.Audited)
            {
                panels.Add(new Panel($"{operation.Name}: calls by outcome", $"sum by ({m.OutcomeLabel}) (rate({m.CallCount}{{{selector}}}[5m]))", null));
            }

            panels.Add(new Panel($"{operation.Name}: P95 ({m.DurationUnit})", $"histogram_quantile(0.95, sum by (le) (rate({m.DurationBuckets}{{{selector}}}[5m])))",
                operation.SlowThresholdMs is { } threshold ? m.Threshold(threshold) : null));
        }

        return Serialize(catalog, panels);
    }

    private static string Serialize(Catalog catalog, List<Panel> panels)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", "AuditGen: " + catalog.Assembly);
            json.WriteString("uid", ("auditgen-" + PrometheusAlerts.Slug(catalog.Assembly))[..Math.Min(40, 9 + catalog.Assembly.Length)]);
            json.WriteString("description", "Generated from the audit catalog by tools/AuditGen.Observability; do not edit.");
            json.WriteNumber("schemaVersion", 39);
            json.WriteStartObject("time");
            json.WriteString("from", "now-6h");
            json.WriteString("to", "now");
            json.WriteEndObject();
            json.WriteStartObject("templating");
            json.WriteStartArray("list");
            json.WriteStartObject();
            json.WriteString("name", "datasource");
            json.WriteString("type", "datasource");
            json.WriteString("query", "prometheus");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            WritePanels(json, panels);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WritePanels(Utf8JsonWriter json, List<Panel> panels)
    {
        json.WriteStartArray("panels");
        int id = 1, x = 0, y = 0;
        foreach (Panel panel in panels)
        {
            if (panel.Row && x != 0)
            {
                (x, y) = (0, y + Height);
            }

            json.WriteStartObject();
            json.WriteNumber("id", id++);
            json.WriteString("title", panel.Title);
            json.WriteString("type", panel.Row ? "row" : "timeseries");
            json.WriteStartObject("gridPos");
            json.WriteNumber("h", panel.Row ? 1 : Height);
            json.WriteNumber("w", panel.Row ? 2 * Width : Width);
            json.WriteNumber("x", x);
            json.WriteNumber("y", y);
            json.WriteEndObject();
            if (!panel.Row)
            {
                WriteQuery(json, panel);
            }

            json.WriteEndObject();
            if (panel.Row)
            {
                y += 1;
            }
            else if (x == 0)
            {
                x = Width;
            }
            else
            {
                (x, y) = (0, y + Height);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteQuery(Utf8JsonWriter json, Panel panel)
    {
        json.WriteStartObject("datasource");
        json.WriteString("type", "prometheus");
        json.WriteString("uid", "${datasource}");
        json.WriteEndObject();
        json.WriteStartArray("targets");
        json.WriteStartObject();
        json.WriteString("refId", "A");
        json.WriteString("expr", panel.Expression);
        json.WriteEndObject();
        json.WriteEndArray();
        if (panel.Threshold is { } threshold)
        {
            // The slow-call threshold drawn as a red line, so a P95 crossing it is visible at a glance.
            json.WriteStartObject("fieldConfig");
            json.WriteStartObject("defaults");
            json.WriteStartObject("custom");
            json.WriteStartObject("thresholdsStyle");
            json.WriteString("mode", "line");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("thresholds");
            json.WriteString("mode", "absolute");
            json.WriteStartArray("steps");
            json.WriteStartObject();
            json.WriteString("color", "green");
            json.WriteNull("value");
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("color", "red");
            json.WriteNumber("value", double.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private sealed record Panel(string Title, string? Expression, string? Threshold, bool Row = false);
}
