using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AuditGen.Generators.Tests.Analyzers.Secrets;

/// <summary>
/// The baseline as the analyzers see it: the package's targets pass the file as an AdditionalFiles item with
/// AuditGenBaseline metadata and the project folder and write mode as compiler-visible properties; these tests give
/// the same inputs through a global config, as the SDK's generated one does.
/// </summary>
public sealed class SecretBaselineTests
{
    private const string SourcePath = "/app/Services/Accounts.cs";
    private const string BaselinePath = "/app/auditgen.baseline.txt";

    private const string TwoLeaks = Sources.Usings + """
        namespace Shop;

        public sealed class Accounts(ILogger<Accounts> logger)
        {
            public void Reset(string resetToken, string password)
            {
                logger.LogInformation("Reset token {Token} issued", {|#0:resetToken|});
                logger.LogInformation("Password {Password} set", {|#1:password|});
            }
        }
        """;

    [Fact]
    public async Task A_baselined_finding_is_reported_as_AG1000_and_a_new_one_keeps_its_id() =>
        await RunAsync<SecretLoggingAnalyzer>(
            TwoLeaks,
            "# header\nAG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken\n",
            write: false,
            new DiagnosticResult("AG1000", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("AG1001", "'resetToken' (a token) reaches ILogger.LogInformation through placeholder {Token}"),
            new DiagnosticResult("AG1001", DiagnosticSeverity.Warning).WithLocation(1));

    [Fact]
    public async Task Writing_ignores_the_old_baseline_so_every_finding_keeps_its_id() =>
        await RunAsync<SecretLoggingAnalyzer>(
            TwoLeaks,
            "AG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken\n",
            write: true,
            new DiagnosticResult("AG1001", DiagnosticSeverity.Warning).WithLocation(0),
            new DiagnosticResult("AG1001", DiagnosticSeverity.Warning).WithLocation(1));

    [Fact]
    public async Task A_rule_turned_off_after_the_baseline_was_written_does_not_come_back_as_AG1000() =>
        await RunAsync<SecretLoggingAnalyzer>(
            TwoLeaks,
            "AG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken\nAG1001|Services/Accounts.cs|Shop.Accounts.Reset|password\n",
            write: false,
            extraConfig: "dotnet_diagnostic.AG1001.severity = none\n");

    [Fact]
    public async Task A_thrown_exceptions_baselined_secret_is_AG1000_too() =>
        await RunAsync<SecretInExceptionAnalyzer>(
            Sources.Usings + """
            namespace Shop;

            public sealed class Accounts
            {
                public void Check(string apiKey) => throw new ArgumentException("bad key " + {|#0:apiKey|});
            }
            """,
            "AG1007|Services/Accounts.cs|Shop.Accounts.Check|apiKey\n",
            write: false,
            new DiagnosticResult("AG1000", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("AG1007", "'apiKey' (an API key) is written into the message of a thrown ArgumentException, which every log prints with the exception"));

    [Fact]
    public async Task The_original_rules_code_fix_applies_to_a_baselined_finding()
    {
        string withoutPassword = TwoLeaks.Replace("{|#1:password|}", "AuditLog.Redact(password)", StringComparison.Ordinal);
        var test = new CodeFixTest<SecretLoggingAnalyzer, AuditGen.CodeFixes.RedactSecretCodeFix>(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add((SourcePath, withoutPassword.Replace("{|#0:resetToken|}", "{|AG1000:resetToken|}", StringComparison.Ordinal)));
        test.FixedState.Sources.Add((SourcePath, withoutPassword.Replace("{|#0:resetToken|}", "AuditLog.Redact(resetToken)", StringComparison.Ordinal)));
        test.TestState.AdditionalFiles.Add((BaselinePath, "AG1001|Services/Accounts.cs|Shop.Accounts.Reset|resetToken\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Config(write: false, extraConfig: null)));

        await test.RunAsync();
    }

    private static async Task RunAsync<TAnalyzer>(string source, string baseline, bool write, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        await RunAsync<TAnalyzer>(source, baseline, write, null, expected);

    private static async Task RunAsync<TAnalyzer>(string source, string baseline, bool write, string? extraConfig, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new Infrastructure.AnalyzerTest<TAnalyzer>(string.Empty) { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add((SourcePath, source));
        test.TestState.AdditionalFiles.Add((BaselinePath, baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Config(write, extraConfig)));
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static string Config(bool write, string? extraConfig) => $"""
        is_global = true
        build_property.AuditGenProjectDirectory = /app
        build_property.AuditGenBaseline = {(write ? "write" : string.Empty)}
        {extraConfig}
        [{BaselinePath}]
        build_metadata.AdditionalFiles.AuditGenBaseline = true
        """;
}
