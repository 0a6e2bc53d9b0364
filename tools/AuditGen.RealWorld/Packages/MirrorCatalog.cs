using System.Text.RegularExpressions;

namespace AuditGen.RealWorld.Packages;

/// <summary>What the package mirror serves, read from the machine's package list (nuget.tsv), and which version to ask it for.</summary>
internal sealed partial class MirrorCatalog
{
    private readonly Dictionary<string, Entry> _entries;

    private MirrorCatalog(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary>One row: the newest version that restored alone (or a status word), the served versions, the row's note.</summary>
    internal sealed record Entry(string Name, string Status, IReadOnlyList<NuGetVersion> Versions, string Note);

    /// <summary>Parses the tab-separated list: name, status/newest version, licence, summary, versions served (with a note in brackets).</summary>
    public static MirrorCatalog Parse(IEnumerable<string> lines)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length < 5 || columns[0].Length == 0)
            {
                continue;
            }

            string served = columns[4];
            int note = served.IndexOfAny(['(', '[']);
            string versionsText = note < 0 ? served : served[..note];
            string noteText = note < 0 ? string.Empty : served[note..];
            if (versionsText.TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase))
            {
                noteText = served;
                versionsText = string.Empty;
            }

            var versions = versionsText.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(NuGetVersion.TryParse).OfType<NuGetVersion>().OrderBy(v => v).ToList();
            entries[columns[0]] = new Entry(columns[0], columns[1].Trim(), versions, noteText);
        }

        return new MirrorCatalog(entries);
    }

    /// <summary>The version to restore for <paramref name="name"/> given the version the repository asks for,
    /// or <see langword="null"/> with the reason the package is dropped.</summary>
    /// <remarks>The exact version when served; else the lowest served version above it (what NuGet itself picks);
    /// else the highest served one. Pre-releases only when asked for or when nothing else is served; versions the
    /// row says to skip are never chosen.</remarks>
    public (NuGetVersion? Version, string Reason) Select(string name, string? wanted)
    {
        if (!_entries.TryGetValue(name, out Entry? entry))
        {
            return (null, "not on the mirror list");
        }

        if (entry.Status is "not-served" or "not-to-use" or "all-failed" or "dotnet-tool")
        {
            return (null, "mirror list: " + entry.Status);
        }

        if (entry.Note.Contains("SDK picks its version", StringComparison.Ordinal) || entry.Note.Contains("web project has it already", StringComparison.Ordinal))
        {
            return (null, "mirror list: part of the shared framework");
        }

        (NuGetVersion? floor, string? prefix) = ParseWanted(wanted);
        List<NuGetVersion> candidates = entry.Versions.Where(v => !Skipped(entry.Note, v)).ToList();
        bool allowPre = floor?.IsPrerelease == true || candidates.All(v => v.IsPrerelease);
        candidates = candidates.Where(v => allowPre || !v.IsPrerelease).ToList();
        if (candidates.Count == 0)
        {
            return (null, "mirror list: no usable version served");
        }

        if (prefix is not null)
        {
            NuGetVersion? floating = candidates.LastOrDefault(v => v.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            return floating is null ? (candidates[^1], "floating version not served; newest taken") : (floating, "floating version");
        }

        if (floor is null)
        {
            NuGetVersion? restored = NuGetVersion.TryParse(entry.Status);
            NuGetVersion pick = restored is not null && candidates.Contains(restored) ? restored : candidates[^1];
            return (pick, "no version asked; newest that restores taken");
        }

        if (candidates.FirstOrDefault(v => v.Equals(floor)) is { } exact)
        {
            return (exact, "exact");
        }

        NuGetVersion? above = candidates.FirstOrDefault(v => v.CompareTo(floor) > 0);
        return above is not null ? (above, "nearest higher") : (candidates[^1], "nearest lower");
    }

    // "1.2.3", "[1.2.3]", "[1.2,2.0)", "1.2.*", "*", or an unresolved $(Property): the lower bound or a floating prefix.
    private static (NuGetVersion? Floor, string? Prefix) ParseWanted(string? wanted)
    {
        if (string.IsNullOrWhiteSpace(wanted) || wanted.Contains("$(", StringComparison.Ordinal))
        {
            return (null, null);
        }

        string text = wanted.Trim().TrimStart('[', '(');
        text = text.Split(',')[0].TrimEnd(']', ')').Trim();
        if (text.Contains('*', StringComparison.Ordinal))
        {
            string prefix = text[..text.IndexOf('*', StringComparison.Ordinal)];
            return (null, prefix.Length == 0 ? null : prefix);
        }

        return (NuGetVersion.TryParse(text), null);
    }

    private static bool Skipped(string note, NuGetVersion version)
    {
        foreach (Match m in SkipRule().Matches(note))
        {
            NuGetVersion? bound = NuGetVersion.TryParse(m.Groups["v"].Value);
            if (bound is null)
            {
                continue;
            }

            if (m.Groups["newer"].Success ? version.CompareTo(bound) >= 0 : version.Equals(bound))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"skip (?<v>\d+(?:\.\d+)*(?:-[\w.]+)?)(?<newer> and newer| or newer)?")]
    private static partial Regex SkipRule();
}
