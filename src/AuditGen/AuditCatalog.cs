using System;
using System.Reflection;
using AuditGen.Runtime;

namespace AuditGen;

/// <summary>
/// The audit catalog at run time: the same JSON the build writes beside the assembly as <c>&lt;assembly&gt;.auditgen.json</c>
/// (schema in docs/audit-catalog.md). Use it to serve an inventory endpoint, to check at startup that the operations an
/// auditor expects are audited, or to generate alert rules.
/// </summary>
public static class AuditCatalog
{
    /// <summary>Gets the catalog of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">An assembly compiled with AuditGen, e.g. <c>typeof(Program).Assembly</c>.</param>
    /// <returns>The catalog's JSON, or <see langword="null"/> when the assembly has no audited operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public static string? GetJson(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return assembly.GetCustomAttribute<AuditCatalogAttribute>()?.Json;
    }
}
