using System.Text.Json;

namespace AuditGen.Observability;

/// <summary>The parts of an audit catalog the generated files use (docs/audit-catalog.md, schema version 1).</summary>
public sealed record Catalog(string Assembly, MetricNames Metrics, IReadOnlyList<CatalogOperation> Operations)
{
    public static Catalog Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        int version = root.GetProperty("schemaVersion").GetInt32();
        if (version != 1)
        {
            throw new InvalidDataException($"Audit catalog schema version {version} is not supported (expected 1).");
        }

        JsonElement metrics = root.GetProperty("metrics");
        var names = new MetricNames(
            metrics.GetProperty("duration").GetString()!,
            metrics.GetProperty("durationUnit").GetString()!,
            metrics.GetProperty("calls").GetString(),
            metrics.GetProperty("operationTag").GetString()!,
            metrics.GetProperty("outcomeTag").GetString()!,
            metrics.GetProperty("dropped").GetString()!);
        List<CatalogOperation> operations = root.GetProperty("operations").EnumerateArray()
            .Select(o => new CatalogOperation(
                o.GetProperty("name").GetString()!,
                o.GetProperty("category").GetString(),
                o.GetProperty("function").GetString()!,
                o.GetProperty("audited").GetBoolean(),
                o.GetProperty("required").GetBoolean(),
                o.GetProperty("slowCall").ValueKind == JsonValueKind.Object ? o.GetProperty("slowCall").GetProperty("thresholdMs").GetInt32() : null))
            .ToList();
        return new Catalog(root.GetProperty("assembly").GetString()!, names, operations);
    }
}

/// <summary>One audited operation.</summary>
public sealed record CatalogOperation(string Name, string? Category, string Function, bool Audited, bool Required, int? SlowThresholdMs);

/// <summary>The OpenTelemetry instrument names of the catalog's key profile, and their Prometheus forms.</summary>
public sealed record MetricNames(string Duration, string DurationUnit, string? Calls, string OperationTag, string OutcomeTag, string Dropped)
{
    /// <summary>The duration histogram's bucket series, as the OpenTelemetry Prometheus exporter names it.</summary>
    public string DurationBuckets => DurationSeries + "_bucket";

    /// <summary>The series that counts calls: the counter, or the histogram's count where there is no counter.</summary>
    public string CallCount => Calls is { } calls ? Prometheus(calls) + "_total" : DurationSeries + "_count";

    public string DroppedTotal => Prometheus(Dropped) + "_total";

    public string OperationLabel => Prometheus(OperationTag);

    public string OutcomeLabel => Prometheus(OutcomeTag);

    /// <summary>A threshold in milliseconds, in the histogram's unit.</summary>
    public string Threshold(int milliseconds) => DurationUnit == "s"
        ? (milliseconds / 1000.0).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)
        : milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The exporter appends the unit to a histogram's name: auditgen_operation_duration_milliseconds.
    private string DurationSeries => Prometheus(Duration) + (DurationUnit == "s" ? "_seconds" : "_milliseconds");

    private static string Prometheus(string name) => name.Replace('.', '_').Replace('-', '_');
}
