namespace AuditGen.Generators.Diagnostics;

/// <summary>Diagnostic categories.</summary>
internal static class DiagnosticCategories
{
    public const string Usage = "AuditGen.Usage";
    public const string Security = "AuditGen.Security";
}
