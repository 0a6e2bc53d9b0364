using System.Collections.Immutable;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Tests.Analyzers.Secrets;

/// <summary>A baseline is only as good as its fingerprints: stable under edits that do not touch the leak, new when it changes.</summary>
public sealed class FingerprintTests
{
    private const string Original = Sources.Usings + """
        namespace Shop;

        public sealed class Accounts(ILogger<Accounts> logger)
        {
            public void Reset(string resetToken, string email)
            {
                logger.LogInformation("Reset token {Token} issued", resetToken);
                logger.LogInformation("Mail {Email}", email);
            }
        }
        """;

    [Fact]
    public async Task Names_rule_relative_file_member_and_expression() =>
        Assert.Equal(["AG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken"], await FingerprintsAsync(Original));

    [Fact]
    public async Task Lines_inserted_above_do_not_change_it() =>
        Assert.Equal(await FingerprintsAsync(Original), await FingerprintsAsync(Original.Replace("namespace Shop;", "namespace Shop;\n\n// A new comment.\n// And another.\ninternal static class Added { }\n", StringComparison.Ordinal)));

    [Fact]
    public async Task Moving_the_call_to_other_lines_within_the_member_does_not_change_it()
    {
        string moved = Original
            .Replace("""        logger.LogInformation("Reset token {Token} issued", resetToken);""" + "\n", string.Empty, StringComparison.Ordinal)
            .Replace("""        logger.LogInformation("Mail {Email}", email);""", """
                    logger.LogInformation("Mail {Email}", email);
                    if (email.Length > 0)
                    {
                        logger.LogInformation(
                            "Reset token {Token} issued",
                            resetToken  );
                    }
            """, StringComparison.Ordinal);

        Assert.Equal(await FingerprintsAsync(Original), await FingerprintsAsync(moved));
    }

    [Fact]
    public async Task Changing_the_expression_or_the_member_changes_it()
    {
        string[] original = await FingerprintsAsync(Original);

        Assert.Equal(["AG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken.Trim()"], await FingerprintsAsync(Original.Replace("issued\", resetToken", "issued\", resetToken.Trim()", StringComparison.Ordinal)));
        Assert.NotEqual(original, await FingerprintsAsync(Original.Replace("void Reset(", "void SendReset(", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Paths_are_relative_to_each_projects_folder()
    {
        string[] api = await FingerprintsAsync(Original, "/repo/src/Api/Accounts.cs", "/repo/src/Api");
        string[] worker = await FingerprintsAsync(Original, "/repo/src/Worker/Jobs/Accounts.cs", "/repo/src/Worker/");
        string[] clone = await FingerprintsAsync(Original, "/home/ci/build/src/Api/Accounts.cs", "/home/ci/build/src/Api");

        Assert.StartsWith("AG1001|Accounts.cs|", Assert.Single(api), StringComparison.Ordinal);
        Assert.StartsWith("AG1001|Jobs/Accounts.cs|", Assert.Single(worker), StringComparison.Ordinal);
        Assert.Equal(api, clone);
    }

    [Theory]
    [InlineData(@"C:\repo\src\Api\Services\Accounts.cs", @"C:\repo\src\Api", "Services/Accounts.cs")]
    [InlineData(@"c:\repo\src\Api\Accounts.cs", @"C:\Repo\src\Api\", "Accounts.cs")]
    [InlineData("/repo/src/Shared/Links.cs", "/repo/src/Api", "../Shared/Links.cs")]
    [InlineData(@"D:\other\Accounts.cs", @"C:\repo\src\Api", "Accounts.cs")]
    [InlineData("/repo/src/Api/Accounts.cs", null, "Accounts.cs")]
    public void Relative_paths(string file, string? directory, string expected) =>
        Assert.Equal(expected, Fingerprint.RelativePath(file, directory));

    [Theory]
    [InlineData("namespace A.B { class C { C() { M(X); } } }", "A.B.C..ctor")]
    [InlineData("namespace A; class C { static C() { M(X); } }", "A.C..cctor")]
    [InlineData("namespace A; class C { string P { get { return M(X); } } }", "A.C.P")]
    [InlineData("namespace A; class C { void Run() { void Local() => M(X); System.Action a = () => M(X); } }", "A.C.Run")]
    [InlineData("namespace A; class Outer<T> { struct Inner { void Run<U>(int a) { M(X); } } }", "A.Outer.Inner.Run")]
    [InlineData("namespace A; class C { string F = M(X); }", "A.C.F")]
    [InlineData("M(X);", "<top-level>")]
    [InlineData("class C { public static implicit operator string(C c) => M(X); }", "C.op_implicit_string")]
    public void Containing_member(string source, string expected)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(source).GetRoot();
        IdentifierNameSyntax x = root.DescendantNodes().OfType<IdentifierNameSyntax>().First(n => n.Identifier.ValueText == "X");

        Assert.Equal(expected, Fingerprint.ContainingMember(x));
    }

    /// <summary>The fingerprints the analyzer puts on its findings, compiled as <paramref name="path"/> in a project at <paramref name="projectDirectory"/>.</summary>
    private static async Task<string[]> FingerprintsAsync(string source, string path = "/app/Services/Accounts.cs", string? projectDirectory = "/app")
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = CSharpCompilation.Create("Fingerprints", [tree], TestReferences.WithLoggingLibraries, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        TestOptionsProvider options = projectDirectory is null
            ? TestOptionsProvider.Empty
            : TestOptionsProvider.Global((SecretBaseline.ProjectDirectoryKey, projectDirectory));

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new SecretLoggingAnalyzer()], new AnalyzerOptions([], options))
            .GetAnalyzerDiagnosticsAsync();

        return [.. diagnostics.Select(d => d.Properties[Fingerprint.Property]!).Order(StringComparer.Ordinal)];
    }
}
