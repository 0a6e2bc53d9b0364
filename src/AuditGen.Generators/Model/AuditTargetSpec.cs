namespace AuditGen.Generators.Model;

/// <summary>One valid audited method with its containing type: the output of parsing, before grouping by type.</summary>
/// <param name="Type">The containing type.</param>
/// <param name="Method">The method.</param>
internal sealed record AuditTargetSpec(ContainingTypeSpec Type, AuditMethodSpec Method);
