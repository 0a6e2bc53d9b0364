using System.Diagnostics;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using AuditGen.RealWorld.Projects;

namespace AuditGen.RealWorld.Packages;

/// <summary>The outcome of restoring a repository's packages: compile assets (those the reference packs do not already
/// provide), the package graph, and what was taken or dropped, with reasons.</summary>
internal sealed record RestoreResult(
    IReadOnlyList<AssetsFile.CompileAsset> Assets,
    IReadOnlyDictionary<string, List<string>> Dependencies,
    IReadOnlyList<string> Taken,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<string> Log);

/// <summary>Restores all of a repository's package references into one throw-away project and returns the compile assets.</summary>
internal sealed class PackageRestorer(MirrorCatalog? catalog, string workDirectory, Action<string> log)
{
    private const string Framework = "net10.0";
    private const int MaxRounds = 8;

    public RestoreResult Restore(IEnumerable<PackageRequest> requests, IReadOnlySet<string> frameworkAssemblies)
    {
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dropped = new List<string>();
        var notes = new List<string>();
        foreach (IGrouping<string, PackageRequest> group in requests.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            string? wanted = group.Select(r => r.Version).OrderBy(NuGetVersion.TryParse).LastOrDefault();
            if (catalog is null)
            {
                if (wanted is not null && NuGetVersion.TryParse(wanted) is not null)
                {
                    taken[group.Key] = wanted;
                }
                else
                {
                    dropped.Add($"{group.Key} {wanted}: no version and no mirror list");
                }

                continue;
            }

            (NuGetVersion? version, string reason) = catalog.Select(group.Key, wanted);
            if (version is null)
            {
                dropped.Add($"{group.Key} {wanted}: {reason}");
            }
            else
            {
                taken[group.Key] = version.Text;
                notes.Add($"{group.Key} {wanted} -> {version} ({reason})");
            }
        }

        // Packages an earlier run of this scan had to drop are dropped again up front, so the cached restore is reused.
        string dropsFile = Path.Combine(workDirectory, "restore.drops");
        var restoreDrops = new List<string>();
        foreach (string line in File.Exists(dropsFile) ? File.ReadAllLines(dropsFile) : [])
        {
            string name = line.Split('\t')[0];
            if (taken.Remove(name))
            {
                restoreDrops.Add(line);
                dropped.Add(line.Replace('\t', ' '));
            }
        }

        AssetsFile? assets = null;
        for (int round = 1; round <= MaxRounds; round++)
        {
            assets = RestoreOnce(taken, notes);
            if (assets is null || assets.Errors.Count == 0)
            {
                break;
            }

            var culprits = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string code, string message, string? library) in assets.Errors)
            {
                IEnumerable<string> named = taken.Keys.Where(k => Mentions(message, k) || string.Equals(k, library, StringComparison.OrdinalIgnoreCase));
                string? failing = library ?? taken.Keys.FirstOrDefault(k => Mentions(message, k));
                foreach (string direct in named.Concat(failing is null ? [] : DirectAncestors(failing, assets, taken)))
                {
                    if (culprits.Add(direct))
                    {
                        string line = $"{direct}\t{taken[direct]}: restore {code}: {message.ReplaceLineEndings(" ")}";
                        restoreDrops.Add(line);
                        dropped.Add(line.Replace('\t', ' '));
                    }
                }
            }

            if (culprits.Count == 0)
            {
                notes.Add("restore errors not attributable to a package; continuing with what restored: " + string.Join(" | ", assets.Errors.Select(e => e.Code + " " + e.Message)));
                break;
            }

            foreach (string culprit in culprits)
            {
                taken.Remove(culprit);
            }

            log($"restore round {round}: dropped {string.Join(", ", culprits)}");
        }

        File.WriteAllLines(dropsFile, restoreDrops);
        List<AssetsFile.CompileAsset> compile = [.. (assets?.Compile ?? []).Where(a => !frameworkAssemblies.Contains(a.AssemblyName) && File.Exists(a.Path))];
        return new RestoreResult(compile, assets?.Dependencies ?? new Dictionary<string, List<string>>(), taken.Select(t => $"{t.Key} {t.Value}").ToList(), dropped, notes);
    }

    /// <summary>Whether a restore message names the package (not merely a longer id that starts with its name).</summary>
    public static bool Mentions(string message, string package) =>
        Regex.IsMatch(message, @"(?<![\w.])" + Regex.Escape(package) + @"(?!\.?\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The direct references that pull in a failing transitive package.
    private static IEnumerable<string> DirectAncestors(string package, AssetsFile assets, Dictionary<string, string> direct)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([package]);
        while (queue.Count > 0)
        {
            string current = queue.Dequeue();
            if (!seen.Add(current))
            {
                continue;
            }

            if (direct.ContainsKey(current))
            {
                yield return direct.Keys.First(k => string.Equals(k, current, StringComparison.OrdinalIgnoreCase));
            }

            foreach (string parent in assets.Dependents.GetValueOrDefault(current) ?? [])
            {
                queue.Enqueue(parent);
            }
        }
    }

    private AssetsFile? RestoreOnce(Dictionary<string, string> packages, List<string> notes)
    {
        Directory.CreateDirectory(workDirectory);
        string project = Path.Combine(workDirectory, "restore.csproj");
        string assetsPath = Path.Combine(workDirectory, "obj", "project.assets.json");
        string content = ProjectText(packages);
        if (File.Exists(project) && File.ReadAllText(project) == content && File.Exists(assetsPath) && File.GetLastWriteTimeUtc(assetsPath) >= File.GetLastWriteTimeUtc(project))
        {
            log("restore: cached");
            return AssetsFile.Read(assetsPath, Framework);
        }

        File.WriteAllText(project, content);
        log($"restore: {packages.Count} packages ...");
        var start = new ProcessStartInfo("dotnet", ["restore", project, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
        };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            notes.Add("restore timed out");
            return null;
        }

        File.WriteAllText(Path.Combine(workDirectory, "restore.log"), output.Result + error.Result);
        if (!File.Exists(assetsPath))
        {
            notes.Add("restore wrote no assets file: " + (output.Result + error.Result).Trim());
            return null;
        }

        File.SetLastWriteTimeUtc(assetsPath, DateTime.UtcNow);
        return AssetsFile.Read(assetsPath, Framework);
    }

    private static string ProjectText(Dictionary<string, string> packages)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        text.AppendLine("  <PropertyGroup>");
        text.AppendLine($"    <TargetFramework>{Framework}</TargetFramework>");
        text.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        text.AppendLine("    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        text.AppendLine("    <NuGetAudit>false</NuGetAudit>");
        text.AppendLine("    <NoWarn>$(NoWarn);NU1603;NU1605;NU1608;NU1701;NU1510;NU1900;NU1901;NU1902;NU1903;NU1904</NoWarn>");
        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("  <ItemGroup>");
        foreach ((string name, string version) in packages.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.AppendLine($"    <PackageReference Include=\"{SecurityElement.Escape(name)}\" Version=\"{SecurityElement.Escape(version)}\" />");
        }

        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }
}
