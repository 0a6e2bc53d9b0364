using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Parsing;

/// <summary>Groups parsed methods by containing type, so each type gets exactly one generated file.</summary>
internal static class AuditTypeGrouping
{
    public static ImmutableArray<AuditTypeSpec> Group(ImmutableArray<AuditTargetSpec> targets) =>
        targets
            .GroupBy(t => t.Type)
            .Select(g => new AuditTypeSpec(g.Key, g.Select(t => t.Method).OrderBy(m => m.SortKey, StringComparer.Ordinal).ToEquatableArray()))
            .OrderBy(t => t.Type.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
}
