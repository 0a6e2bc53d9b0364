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
    public static ImmutableArray<AuditTypeSpec> Group(ImmutableArray<AuditTargetSpec> targets)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return targets
            .GroupBy(t => t.Type)
            .OrderBy(g => g.Key.MetadataName, StringComparer.Ordinal)
            .Select(g => new AuditTypeSpec(
                g.Key with { HintName = UniqueHintName(used, g.Key.HintName) },
                g.Select(t => t.Method).OrderBy(m => m.SortKey, StringComparer.Ordinal).ToEquatableArray()))
            .ToImmutableArray();
    }

    // Two types can share a sanitized name (Repo_1 and Repo`1, or names differing only in case on a case-insensitive
    // file system); a duplicate hint name would make AddSource throw and lose every file. Ordered by metadata name, the
    // first keeps its name and the next get ".2", ".3"...
    private static string UniqueHintName(HashSet<string> used, string hintName)
    {
        string stem = hintName.Substring(0, hintName.Length - AuditMethodRules.HintNameSuffix.Length);
        string candidate = hintName;
        for (int n = 2; !used.Add(candidate); n++)
        {
            candidate = stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + AuditMethodRules.HintNameSuffix;
        }

        return candidate;
    }
}
