namespace AuditGen.RealWorld.Reporting;

/// <summary>Findings of a previous run missing now (lost) and findings not in it (new), matched as multisets (two
/// identical findings in one member count twice): first by fingerprint, then the rest by this tool's computed
/// fingerprint, so a run whose analyzers started to set <c>AuditGen.Fingerprint</c> still matches an older one.</summary>
internal sealed record Comparison(IReadOnlyList<Finding> Lost, IReadOnlyList<Finding> New)
{
    public static Comparison Of(IEnumerable<Finding> previous, IEnumerable<Finding> current)
    {
        List<Finding> before = previous.ToList();
        List<Finding> now = current.ToList();
        (List<Finding> lost, List<Finding> added) = Match(before, now, f => f.Fingerprint);
        (lost, added) = Match(lost, added, f => f.Computed);
        return new Comparison(lost, added);
    }

    // Pairs findings with equal keys, one with one; returns the unpaired of each side.
    private static (List<Finding> Before, List<Finding> Now) Match(List<Finding> before, List<Finding> now, Func<Finding, string> key)
    {
        var pending = now.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<Finding>(g), StringComparer.Ordinal);
        var unmatched = new List<Finding>();
        foreach (Finding finding in before)
        {
            if (pending.TryGetValue(key(finding), out Queue<Finding>? queue) && queue.Count > 0)
            {
                queue.Dequeue();
            }
            else
            {
                unmatched.Add(finding);
            }
        }

        var unmatchedNow = new HashSet<Finding>(pending.Values.SelectMany(q => q), ReferenceEqualityComparer.Instance);
        return (unmatched, [.. now.Where(unmatchedNow.Contains)]);
    }
}
