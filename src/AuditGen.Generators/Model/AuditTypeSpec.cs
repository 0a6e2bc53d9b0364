using AuditGen.Generators.Common;

namespace AuditGen.Generators.Model;

/// <summary>Everything needed to emit the generated file of one type with audited methods.</summary>
/// <param name="Type">The type to re-open.</param>
/// <param name="Methods">Its audited methods, in <see cref="AuditMethodSpec.SortKey"/> order.</param>
internal sealed record AuditTypeSpec(ContainingTypeSpec Type, EquatableArray<AuditMethodSpec> Methods);
