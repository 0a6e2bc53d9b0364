using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the audit catalog of a compilation (docs/audit-catalog.md): every audited operation, what its records carry
/// and how each field is treated, as JSON in an assembly attribute. The build copies it to
/// <c>&lt;assembly&gt;.auditgen.json</c> beside the output, and <c>AuditCatalog.GetJson(assembly)</c> reads it at run
/// time: one text, so the file and the running code cannot disagree.
/// </summary>
internal static class CatalogWriter
{
    public const int SchemaVersion = 1;

    public const string HintName = "AuditGen.Catalog.g.cs";

    private static readonly string[] LevelNames = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    /// <summary>The source holding the catalog, or <see langword="null"/> when the compilation audits nothing.</summary>
    public static string? Source(IReadOnlyList<AuditTypeSpec> types, RecordKeyNames names, string assemblyName, string toolVersion)
    {
        if (!types.Any(t => t.Methods.Any(m => !m.IsStub)))
        {
            return null;
        }

        string json = Json(types, names, assemblyName);
        return SourceHeader.File + "\n\n[assembly: global::AuditGen.Runtime.AuditCatalogAttribute(" + CSharpLiterals.String(json) + ")]\n";
    }

    /// <summary>The catalog's JSON: operations ordered by type metadata name, then as the type orders its methods.</summary>
    public static string Json(IReadOnlyList<AuditTypeSpec> types, RecordKeyNames names, string assemblyName)
    {
        var json = new JsonText().BeginObject()
            .Property("schemaVersion", SchemaVersion)
            .Property("assembly", assemblyName)
            .Property("keyProfile", names.Name);
        WriteKeys(json.Name("recordKeys"), names);
        WriteMetrics(json.Name("metrics"), names);
        json.Name("operations").BeginArray();
        foreach (AuditTypeSpec type in types.OrderBy(t => t.Type.MetadataName, System.StringComparer.Ordinal))
        {
            foreach (AuditMethodSpec method in type.Methods.Where(m => !m.IsStub))
            {
                WriteOperation(json, type.Type, method, names);
            }
        }

        return json.EndArray().EndObject().ToString();
    }

    private static void WriteKeys(JsonText json, RecordKeyNames names) => json.BeginObject()
        .Property("operation", names.Operation)
        .Property("outcome", names.Outcome)
        .Property("duration", names.Duration)
        .Property("durationUnit", names.DurationInSeconds ? "s" : "ms")
        .Property("sensitive", names.Sensitive)
        .Property("function", names.Function)
        .Property("category", names.Category)
        .Property("actor", names.Actor)
        .Property("tenant", names.Tenant)
        .Property("session", names.Session)
        .Property("clientAddress", names.ClientAddress)
        .Property("requestId", names.RequestId)
        .Property("target", names.Target)
        .Property("errorType", names.ErrorType)
        .EndObject();

    private static void WriteMetrics(JsonText json, RecordKeyNames names) => json.BeginObject()
        .Property("meter", "AuditGen")
        .Property("duration", names.DurationInSeconds ? "auditgen.call.duration" : "auditgen.operation.duration")
        .Property("durationUnit", names.DurationInSeconds ? "s" : "ms")
        .Property("calls", names.DurationInSeconds ? null : "auditgen.operation.calls")
        .Property("operationTag", names.DurationInSeconds ? names.Operation : "operation")
        .Property("outcomeTag", names.DurationInSeconds ? names.Outcome : "outcome")
        .Property("dropped", "auditgen.records.dropped")
        .EndObject();

    private static void WriteOperation(JsonText json, ContainingTypeSpec type, AuditMethodSpec method, RecordKeyNames names)
    {
        AuditRecordSpec? audit = method.Audit;
        json.BeginObject()
            .Property("name", method.Operation)
            .Property("eventId", audit?.EventId ?? 0)
            .Property("category", audit is { Category.Length: > 0 } ? audit.Category : null)
            .Property("type", DescriptorWriter.TypeName(type))
            .Property("method", method.Name.TrimStart('@'))
            .Property("function", DescriptorWriter.FunctionName(method, type))
            .Property("audited", audit is not null)
            .Property("level", audit is null ? null : Level(audit.Level))
            .Property("failureLevel", audit is null ? null : "Error")
            .Property("required", audit?.Required == true)
            .Property("sensitive", audit?.Sensitive == true);
        WriteSlowCall(json.Name("slowCall"), method.Performance);
        WriteRole(json.Name("actor"), method, ValueRole.Actor, names);
        WriteRole(json.Name("target"), method, ValueRole.Target, names);
        WriteFields(json.Name("fields"), method, names);
        json.EndObject();
    }

    private static void WriteSlowCall(JsonText json, PerformanceSpec? performance)
    {
        if (performance is null)
        {
            json.Null();
            return;
        }

        json.BeginObject()
            .Property("thresholdMs", performance.ThresholdMs)
            .Property("level", Level(performance.Level))
            .Property("eventId", performance.EventId)
            .EndObject();
    }

    private static void WriteRole(JsonText json, AuditMethodSpec method, ValueRole role, RecordKeyNames names)
    {
        LoggedValueSpec? value = method.Audit is null ? null : method.LoggedValues.FirstOrDefault(v => v.Role == role);
        if (value is null)
        {
            json.Null();
            return;
        }

        json.BeginObject().Property("key", value.KeyIn(names)).Property("parameter", value.Parameter).Property("treatment", Treatment(value.Mode)).EndObject();
    }

    // Every parameter appears: logged ones with their treatment, the others as omitted (loggers, cancellation tokens,
    // [NotLogged], out parameters), so an auditor sees what is left out as well as what is written.
    private static void WriteFields(JsonText json, AuditMethodSpec method, RecordKeyNames names)
    {
        json.BeginArray();
        IReadOnlyList<LoggedValueSpec> values = method.Audit is null ? [] : method.LoggedValues.ToList();
        foreach (LoggedValueSpec value in values)
        {
            json.BeginObject()
                .Property("key", value.KeyIn(names))
                .Property("parameter", value.Parameter.Length > 0 ? value.Parameter : value.Facts?.Container)
                .Property("treatment", Treatment(value.Mode))
                .EndObject();
        }

        foreach (ParameterSpec parameter in method.Parameters)
        {
            string name = parameter.Name.TrimStart('@');
            if (!values.Any(v => v.Parameter == name || v.Facts?.Container == name))
            {
                json.BeginObject().Property("key", null).Property("parameter", name).Property("treatment", "omitted").EndObject();
            }
        }

        json.EndArray();
    }

    /// <summary>How a value is written, in the catalog's words (docs/audit-catalog.md).</summary>
    public static string Treatment(LoggedValueMode mode) => mode switch
    {
        LoggedValueMode.Plain => "plain",
        LoggedValueMode.Personal => "hashed",
        LoggedValueMode.Masked => "masked",
        LoggedValueMode.Url => "url",
        LoggedValueMode.KeyValue => "keyValue",
        LoggedValueMode.Presence => "presence",
        _ => "redacted",
    };

    private static string Level(int level) => level >= 0 && level < LevelNames.Length ? LevelNames[level] : level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
