using AuditGen.RealWorld.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.RealWorld.Tests;

/// <summary>
/// C# 14 <c>extension(ILogger)</c> members (Smartstore's <c>Logger.Error/Debug/Info/Warn</c>) bind with the tool's compiler
/// and are judged as logger-shaped wrappers: the message is the template, the params array its values.
/// </summary>
public sealed class ExtensionMemberLoggingTests
{
    private const string Source = """
        using System;
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { bool IsEnabled(int level); }
        }

        namespace Shop
        {
            using Microsoft.Extensions.Logging;

            public static class ShopLogging
            {
                extension(ILogger l)
                {
                    public void Error(string? msg, params object?[] args) { }
                    public void Error(Exception? ex, params object?[] args) { }
                    public bool IsErrorEnabled() => l.IsEnabled(4);
                }
            }

            public sealed class Checkout(ILogger logger)
            {
                public void Pay(string password, string userName, Exception failure)
                {
                    logger.Error("Login for {User} with {Password}", userName, password);
                    logger.Error("Login failed for {User}", userName);
                    logger.Error(failure);
                    _ = logger.IsErrorEnabled();
                }
            }
        }
        """;

    [Fact]
    public async Task Extension_member_log_calls_bind_and_are_judged()
    {
        var compilation = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Preview))],
            Basic(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        AnalysisResult result = await AnalyzerRun.RunAsync([compilation], _ => { }, CancellationToken.None);

        Assert.Equal(3, result.BoundCalls.Count);
        Diagnostic finding = Assert.Single(result.Findings);
        Assert.True(finding.Location.GetLineSpan().StartLinePosition.Line == 24, finding.ToString());
        Assert.Empty(result.Crashes);
    }

    private static IEnumerable<MetadataReference> Basic() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
}
