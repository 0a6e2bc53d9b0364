namespace AuditGen.RealWorld.Packages;

/// <summary>The SDK's reference packs on this machine (Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref,
/// newest version, net10.0), so ASP.NET Core code binds without restoring anything.</summary>
internal static class FrameworkReferences
{
    public static IReadOnlyList<string> Find(string dotnetRoot = "/usr/share/dotnet")
    {
        var result = new List<string>();
        foreach (string pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            string packDirectory = Path.Combine(dotnetRoot, "packs", pack);
            string? newest = Directory.Exists(packDirectory)
                ? Directory.EnumerateDirectories(packDirectory).OrderBy(d => NuGetVersion.TryParse(Path.GetFileName(d))).LastOrDefault()
                : null;
            string? refDirectory = newest is null ? null : Directory.EnumerateDirectories(Path.Combine(newest, "ref")).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            if (refDirectory is null)
            {
                throw new InvalidOperationException($"No reference pack {pack} under {packDirectory}.");
            }

            result.AddRange(Directory.EnumerateFiles(refDirectory, "*.dll"));
        }

        return result;
    }
}
