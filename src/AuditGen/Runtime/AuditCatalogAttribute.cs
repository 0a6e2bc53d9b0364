using System;
using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>Carries an assembly's audit catalog (docs/audit-catalog.md); written by the generator, read through
/// <see cref="AuditCatalog.GetJson"/> and by the build, which copies it to <c>&lt;assembly&gt;.auditgen.json</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class AuditCatalogAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="json">The catalog.</param>
    public AuditCatalogAttribute(string json) => Json = json;

    /// <summary>Gets the catalog as JSON.</summary>
    public string Json { get; }
}
