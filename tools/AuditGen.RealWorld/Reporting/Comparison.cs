namespace AuditGen.RealWorld.Reporting;

/// <summary>Findings of a previous run missing now (lost) and findings not in it (new), matched by fingerprint
/// as multisets, so two identical findings in one member are counted twice.</summary>
internal sealed record Comparison(IReadOnlyList<Finding> Lost, IReadOnlyList<Finding> New)
{
    public static Comparison Of(IEnumerable<Finding> previous, IEnumerable<Finding> current)
    {
        List<Finding> before = previous.ToList();
        List<Finding> now = current.ToList();
        return new Comparison(Missing(before, now), Missing(now, before));
    }

    // The members of 'from' left over once each is matched with one member of 'against' with the same fingerprint.
    private static List<Finding> Missing(List<Finding> from, List<Finding> against)
    {
        var available = against.GroupBy(f => f.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<Finding>();
        foreach (Finding finding in from)
        {
            if (available.TryGetValue(finding.Fingerprint, out int count) && count > 0)
            {
                available[finding.Fingerprint] = count - 1;
            }
            else
            {
                missing.Add(finding);
            }
        }

        return missing;
    }
}
