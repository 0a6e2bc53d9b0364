using System.Xml;
using System.Xml.Linq;

namespace AuditGen.RealWorld.Projects;

/// <summary>Version properties defined anywhere in a repository's .props/.targets files (e.g. eng/Versions.props, which an
/// SDK that cannot be resolved here would import), used as defaults so <c>Version="$(PollyVersion)"</c> still resolves.</summary>
internal static class VersionProperties
{
    private static readonly HashSet<string> NotPackageVersions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Version", "LangVersion", "AssemblyVersion", "FileVersion", "InformationalVersion", "PackageVersion",
        "TargetFrameworkVersion", "TargetPlatformVersion", "TargetPlatformMinVersion", "SupportedOSPlatformVersion",
        "AnalysisLevelVersion", "RuntimeFrameworkVersion", "NETCoreSdkVersion", "VersionPrefix", "VersionSuffix", "MinimumVisualStudioVersion",
    };

    /// <summary>Name → value for every property whose name ends in "Version", value without <c>$(</c>; unconditioned definitions win, then the first.</summary>
    public static Dictionary<string, string> Collect(string root)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var conditioned = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in Files(root))
        {
            XDocument document;
            try
            {
                document = XDocument.Load(file);
            }
            catch (Exception e) when (e is XmlException or IOException)
            {
                continue;
            }

            foreach (XElement property in document.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup"))
            {
                string name = property.Name.LocalName;
                string value = property.Value.Trim();
                if (!name.EndsWith("Version", StringComparison.Ordinal) || NotPackageVersions.Contains(name) || value.Length == 0 || value.Contains("$(", StringComparison.Ordinal))
                {
                    continue;
                }

                bool hasCondition = property.Attribute("Condition") is not null || property.Parent!.Attribute("Condition") is not null;
                (hasCondition ? conditioned : result).TryAdd(name, value);
            }
        }

        foreach ((string name, string value) in conditioned)
        {
            result.TryAdd(name, value);
        }

        return result;
    }

    private static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            foreach (string file in Directory.EnumerateFiles(directory).Where(f => f.EndsWith(".props", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".targets", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (string sub in Directory.EnumerateDirectories(directory).Where(d => !Sources.SourceCollector.IsSkipped(Path.GetFileName(d))).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
        }
    }
}
