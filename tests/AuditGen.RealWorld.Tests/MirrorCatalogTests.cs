using AuditGen.RealWorld.Packages;

namespace AuditGen.RealWorld.Tests;

public class MirrorCatalogTests
{
    private static readonly MirrorCatalog Catalog = MirrorCatalog.Parse(
    [
        "name\tnewest\tlicence\tsummary\tversions",
        "Serilog\t4.4.0\tApache-2.0\tlogging\t2.10.0 2.11.0 3.1.1 4.0.0 4.3.0 4.4.0",
        "Some.Extensions\t10.0.5\tMIT\ts\t8.0.0 9.0.0 10.0.5 11.0.0 (name the version; skip 11.0.0: it does not restore on net10.0)",
        "Paid.Lib\t8.1.0\tx\ts\t7.0.0 8.1.0 9.0.0 (name the version; skip 9 and newer: a paid licence)",
        "Preview.Only\t1.0.0-beta.2\tMIT\ts\t1.0.0-beta.1 1.0.0-beta.2",
        "Gone\tnot-served\t\t\tnone: do not ask for this exact name, no version of it is served",
        "Broken\tall-failed\tMIT\ts\t1.0.0",
        "Microsoft.AspNetCore.App.Ref\tuntested\tMIT\ts\t10.0.12 (the SDK picks its version: name it nowhere; 11.0.0 is for .NET 11)",
    ]);

    [Theory]
    [InlineData("Serilog", "4.3.0", "4.3.0")]
    [InlineData("serilog", "4.3", "4.3.0")]
    [InlineData("Serilog", "2.12.0", "3.1.1")]
    [InlineData("Serilog", "5.0.0", "4.4.0")]
    [InlineData("Serilog", "[2.10.0,3.0)", "2.10.0")]
    [InlineData("Serilog", "2.*", "2.11.0")]
    [InlineData("Serilog", null, "4.4.0")]
    [InlineData("Serilog", "$(SerilogVersion)", "4.4.0")]
    [InlineData("Some.Extensions", "10.0.9", "10.0.5")]
    [InlineData("Some.Extensions", null, "10.0.5")]
    [InlineData("Paid.Lib", "9.2.0", "8.1.0")]
    [InlineData("Preview.Only", "1.0.0", "1.0.0-beta.2")]
    public void Selects_the_exact_or_nearest_served_version(string name, string? wanted, string expected)
    {
        (NuGetVersion? version, _) = Catalog.Select(name, wanted);

        Assert.Equal(expected, version?.Text);
    }

    [Theory]
    [InlineData("Unknown.Package", "not on the mirror list")]
    [InlineData("Gone", "mirror list: not-served")]
    [InlineData("Broken", "mirror list: all-failed")]
    [InlineData("Microsoft.AspNetCore.App.Ref", "mirror list: part of the shared framework")]
    public void Drops_packages_the_mirror_does_not_serve(string name, string reason)
    {
        (NuGetVersion? version, string why) = Catalog.Select(name, "1.0.0");

        Assert.Null(version);
        Assert.Equal(reason, why);
    }

    [Theory]
    [InlineData("1.0.0", "1.0.0.0", 0)]
    [InlineData("1.0.0-beta", "1.0.0", -1)]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.10", -1)]
    [InlineData("1.0.0-alpha", "1.0.0-beta", -1)]
    [InlineData("2.0.0", "10.0.0", -1)]
    public void Versions_compare_as_NuGet_does(string a, string b, int sign)
    {
        Assert.Equal(sign, Math.Sign(NuGetVersion.TryParse(a)!.CompareTo(NuGetVersion.TryParse(b))));
    }

    [Theory]
    [InlineData("Unable to find package Foo.Bar. No packages exist with this id", "Foo.Bar", true)]
    [InlineData("Unable to find package Foo.Bar.Baz with version (>= 1.0.0)", "Foo.Bar", false)]
    [InlineData("Package Foo.Bar 1.0.0 is not compatible with net10.0", "Foo.Bar", true)]
    public void Restore_errors_are_attributed_to_the_package_they_name(string message, string package, bool expected)
    {
        Assert.Equal(expected, PackageRestorer.Mentions(message, package));
    }
}
