using AuditGen.Observability;

// dotnet run --project tools/AuditGen.Observability -- <catalog.json> <output folder>
// Writes alerts.yml (Prometheus rules) and grafana-dashboard.json for every operation in the audit catalog.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AuditGen.Observability <assembly>.auditgen.json <output folder>");
    return 2;
}

Catalog catalog = Catalog.Parse(File.ReadAllText(args[0]));
Directory.CreateDirectory(args[1]);
File.WriteAllText(Path.Combine(args[1], "alerts.yml"), PrometheusAlerts.Write(catalog));
File.WriteAllText(Path.Combine(args[1], "grafana-dashboard.json"), GrafanaDashboard.Write(catalog));
Console.WriteLine($"{catalog.Operations.Count} operations of {catalog.Assembly}: wrote alerts.yml and grafana-dashboard.json to {args[1]}");
return 0;
