using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Tests.Meta;

public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => [.. DescriptorCatalog.All.Select(d => d.Id)];

    [Fact]
    public void Ids_are_unique_and_follow_the_scheme()
    {
        Assert.Equal(DescriptorCatalog.All.Count, DescriptorCatalog.All.Select(d => d.Id).Distinct().Count());
        Assert.All(DescriptorCatalog.All, d => Assert.Matches("^AG[01][0-9]{3}$", d.Id));
        Assert.All(DescriptorCatalog.All, d => Assert.Equal(d.Id.StartsWith("AG1", StringComparison.Ordinal) ? DiagnosticCategories.Security : DiagnosticCategories.Usage, d.Category));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_enabled_documented_and_released(string id)
    {
        DiagnosticDescriptor descriptor = DescriptorCatalog.All.Single(d => d.Id == id);

        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(HelpLinks.For(id), descriptor.HelpLinkUri);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        string page = Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"Missing {page}");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(page), StringComparison.Ordinal);

        string releases = File.ReadAllText(Path.Combine(Repository.Root, "src", "AuditGen.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void The_CI_gate_raises_every_security_diagnostic_but_the_baselined_one()
    {
        string gate = File.ReadAllText(Path.Combine(Repository.Root, "src", "AuditGen", "buildTransitive", "AuditGen.CI.globalconfig"));

        Assert.All(Findings, d => Assert.Contains($"dotnet_diagnostic.{d.Id}.severity = error", gate, StringComparison.Ordinal));
        Assert.DoesNotContain(DiagnosticIds.BaselinedSecret, gate, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_baseline_keeps_every_finding_a_warning_and_a_baselined_one_never_fails()
    {
        string targets = File.ReadAllText(Path.Combine(Repository.Root, "src", "AuditGen", "buildTransitive", "AuditGen.Baseline.targets"));

        string findings = string.Join(";", Findings.Select(d => d.Id).Order());
        foreach (string property in new[] { "WarningsNotAsErrors", "MSBuildWarningsNotAsErrors" })
        {
            Assert.Contains($"<{property}>$({property});AG1000</{property}>", targets, StringComparison.Ordinal);
            Assert.Contains($"<{property}>$({property});{findings}</{property}>", targets, StringComparison.Ordinal);
        }
    }

    /// <summary>The security diagnostics that report a finding the CI gate fails on: all but AG1000.</summary>
    private static IEnumerable<DiagnosticDescriptor> Findings => DescriptorCatalog.Security.Where(d => d.Id != DiagnosticIds.BaselinedSecret);

    [Fact]
    public void Every_id_constant_has_a_descriptor()
    {
        string[] constants = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.Equal(constants.Order(), DescriptorCatalog.All.Select(d => d.Id).Order());
    }
}
