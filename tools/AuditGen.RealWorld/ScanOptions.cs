namespace AuditGen.RealWorld;

/// <summary>The command line: <c>scan &lt;checkoutDir&gt; --out &lt;dir&gt; [--name X] [--commit C] [--compare previous/findings.json] [--mirror-list nuget.tsv] [--no-restore]</c>.</summary>
internal sealed record ScanOptions(string Checkout, string Out, string Name, string? Commit, string? Compare, string? MirrorList, bool Restore, bool PerProject)
{
    public const string DefaultMirrorList = "/work/.library/env/packages/nuget.tsv";

    public const string Usage =
        "usage: scan <checkoutDir> --out <dir> [--name X] [--commit C] [--compare <previous findings.json>] [--mirror-list <nuget.tsv>] [--no-restore] [--mode per-project|single]";

    /// <summary>Parses the arguments, or returns an error message.</summary>
    public static (ScanOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[0] != "scan")
        {
            return (null, Usage);
        }

        string checkout = Path.GetFullPath(args[1]).TrimEnd('/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool restore = true;
        for (int i = 2; i < args.Count; i++)
        {
            if (args[i] == "--no-restore")
            {
                restore = false;
            }
            else if (args[i] is "--out" or "--name" or "--mode" or "--commit" or "--compare" or "--mirror-list" && i + 1 < args.Count)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                return (null, $"unknown argument '{args[i]}'\n{Usage}");
            }
        }

        if (!values.TryGetValue("--out", out string? output))
        {
            return (null, "--out is required\n" + Usage);
        }

        string? mirror = values.GetValueOrDefault("--mirror-list") ?? (File.Exists(DefaultMirrorList) ? DefaultMirrorList : null);
        return (new ScanOptions(
            checkout,
            Path.GetFullPath(output),
            values.GetValueOrDefault("--name") ?? Path.GetFileName(checkout),
            values.GetValueOrDefault("--commit"),
            values.GetValueOrDefault("--compare"),
            mirror,
            restore,
            values.GetValueOrDefault("--mode", "per-project") != "single"), null);
    }
}
