using AuditGen.RealWorld.Reporting;

namespace AuditGen.RealWorld.Tests;

public class FingerprintTests
{
    [Fact]
    public void Removes_whitespace_from_the_argument_and_normalises_separators()
    {
        string fingerprint = Fingerprints.Compute("AG1001", @"src\Auth\Login.cs", "LoginService.SignIn", "request .\n    Password");

        Assert.Equal("AG1001|src/Auth/Login.cs|LoginService.SignIn|request.Password", fingerprint);
    }

    [Fact]
    public void Is_the_same_when_only_the_formatting_of_the_argument_changed()
    {
        Assert.Equal(
            Fingerprints.Compute("AG1002", "a.cs", "T.M", "new { user.Token }"),
            Fingerprints.Compute("AG1002", "a.cs", "T.M", "new{user.Token}"));
    }

    [Fact]
    public void Comparison_matches_findings_by_fingerprint_as_a_multiset()
    {
        static Finding F(string fingerprint) => new(1, "AG1001", "a.cs", 1, "T.M", "m", [], fingerprint);

        Comparison comparison = Comparison.Of([F("x"), F("x"), F("y")], [F("x"), F("z")]);

        Assert.Equal(["x", "y"], comparison.Lost.Select(f => f.Fingerprint));
        Assert.Equal(["z"], comparison.New.Select(f => f.Fingerprint));
    }

    [Fact]
    public void Comparison_falls_back_to_the_computed_fingerprint_when_the_analyzer_started_to_set_its_own()
    {
        var older = new Finding(1, "AG1001", "a.cs", 1, "T.M", "m", [], "AG1001|a.cs|T.M|token");
        var newer = new Finding(1, "AG1001", "a.cs", 1, "T.M", "m", [], "AG1001|a.cs|N.T.M|token", "AG1001|a.cs|T.M|token");
        var added = new Finding(2, "AG1002", "b.cs", 1, "T.N", "m", [], "own", "AG1002|b.cs|T.N|x");

        Comparison comparison = Comparison.Of([older], [newer, added]);

        Assert.Empty(comparison.Lost);
        Assert.Equal([added], comparison.New);
    }
}
