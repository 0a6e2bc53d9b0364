using System.Collections.Generic;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>What was masked in one record and where — for the metric and for the warning that points at the leak's
/// source. Created at the first finding, so a clean record never allocates one.</summary>
internal sealed class LeakTally
{
    private readonly List<(string Kind, string Where)> _entries = [];

    /// <summary>Each masked secret's kind and where in the record it was (never the secret).</summary>
    public IReadOnlyList<(string Kind, string Where)> Entries => _entries;

    public static void Add(ref LeakTally? tally, string kind, string where) => (tally ??= new LeakTally())._entries.Add((kind, where));

    /// <summary>Adds the findings of one text; template placeholders are counted when their value is masked.</summary>
    public static void AddAll(ref LeakTally? tally, List<LeakFinding> findings, string where)
    {
        foreach (LeakFinding finding in findings)
        {
            if (finding.Placeholder is null)
            {
                Add(ref tally, finding.Kind, where);
            }
        }
    }
}
