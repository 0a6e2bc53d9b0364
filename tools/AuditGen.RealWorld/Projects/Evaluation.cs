using System.Xml.Linq;

namespace AuditGen.RealWorld.Projects;

/// <summary>The state of one hand evaluation: properties (global ones cannot be overwritten), imported files, item groups in order.</summary>
internal sealed class Evaluation(Dictionary<string, string> globals)
{
    public Dictionary<string, string> Properties { get; } = new(globals, StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Imported { get; } = new(StringComparer.Ordinal);

    public List<(XElement Group, string Directory)> ItemGroups { get; } = [];

    public string? Property(string name) => Properties.TryGetValue(name, out string? value) ? value : null;

    public void Set(string name, string value)
    {
        if (!globals.ContainsKey(name))
        {
            Properties[name] = value;
        }
    }
}
