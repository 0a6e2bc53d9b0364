using System.IO.Compression;
using System.Text.Json;

namespace AuditGen.PackageTests;

/// <summary>AuditGen.AspNetCore as a user installs it: one package reference, AuditGen restored with it from the feed.</summary>
[Collection(PackedPackage.Collection)]
public sealed class AspNetCorePackageTests(PackedPackage package)
{
    [Fact]
    public void Package_has_its_library_docs_and_depends_on_the_AuditGen_packed_with_it()
    {
        string nupkg = Path.Combine(package.Feed, $"AuditGen.AspNetCore.{package.Version}.nupkg");
        Assert.True(File.Exists(nupkg), nupkg + " was not packed.");

        using ZipArchive archive = ZipFile.OpenRead(nupkg);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net8.0/AuditGen.AspNetCore.dll", entries);
        Assert.Contains("lib/net8.0/AuditGen.AspNetCore.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("AuditGen.dll", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();
        // include="All": the dependency keeps AuditGen's analyzers and build assets (NuGet's default would exclude them).
        Assert.Contains($"<dependency id=\"AuditGen\" version=\"{package.Version}\" include=\"All\" />", manifest, StringComparison.Ordinal);
        Assert.Contains("<frameworkReference name=\"Microsoft.AspNetCore.App\" />", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_consumer_restores_both_packages_from_the_feed_and_sets_the_context_per_request()
    {
        string consumer = package.CreateConsumer("AspNetConsumer", "AspNetConsumer", treatWarningsAsErrors: true, ownTemplate: true);

        string output = PackedPackage.Run("dotnet", "run -c Release", consumer);

        // Both packages, at the version just packed: no stale cache copy, no package from another source.
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")));
        JsonElement libraries = assets.RootElement.GetProperty("libraries");
        Assert.True(libraries.TryGetProperty($"AuditGen/{package.Version}", out _), "AuditGen was not restored at the packed version.");
        Assert.True(libraries.TryGetProperty($"AuditGen.AspNetCore/{package.Version}", out _), "AuditGen.AspNetCore was not restored at the packed version.");

        Assert.Contains("seen: actor=user-42;tenant=contoso;client=127.0.0.1;request=pkg-req-1", output, StringComparison.Ordinal);
        Assert.Contains("echoed: pkg-req-1", output, StringComparison.Ordinal);
        Assert.Contains("after: no context", output, StringComparison.Ordinal);

        // The generator came with the dependency: the [Audit] method wrote its record.
        Assert.Contains("Information|ship_order|ship_order Succeeded in ", output, StringComparison.Ordinal);
    }
}
