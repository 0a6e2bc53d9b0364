using System.Text.RegularExpressions;

namespace AuditGen.RealWorld.Packages;

/// <summary>Packages a repository's code uses but no project file names: an SDK such as Arcade adds the test
/// framework itself. Found from using directives; added only when no project asks for that package.</summary>
internal static partial class InferredPackages
{
    private static readonly (string Namespace, string Package)[] Known =
    [
        ("Xunit", "xunit"),
        ("NUnit.Framework", "NUnit"),
        ("Microsoft.VisualStudio.TestTools.UnitTesting", "MSTest.TestFramework"),
        ("Moq", "Moq"),
        ("NSubstitute", "NSubstitute"),
        ("FluentAssertions", "FluentAssertions"),
        ("Shouldly", "Shouldly"),
    ];

    /// <summary>The packages to add: those whose namespace some file imports, unless a package of that name (or a
    /// family member such as xunit.v3 for xunit) is requested.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts, IEnumerable<string> requested)
    {
        var asked = new HashSet<string>(requested, StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (Match match in UsingDirective().Matches(text))
            {
                used.Add(match.Groups["ns"].Value);
            }
        }

        return Known.Where(k => used.Contains(k.Namespace) && !asked.Any(a => a.Equals(k.Package, StringComparison.OrdinalIgnoreCase) || a.StartsWith(k.Package + ".", StringComparison.OrdinalIgnoreCase)))
            .Select(k => k.Package)
            .ToList();
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
