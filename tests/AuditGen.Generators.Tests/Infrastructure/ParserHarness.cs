using AuditGen.Generators.Model;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Calls the parser directly: source text to <see cref="AuditTargetSpec"/>, without a generator driver.</summary>
internal static class ParserHarness
{
    /// <summary>Parses the one method named <paramref name="methodName"/> that carries an attribute.</summary>
    public static AuditTargetSpec? Parse(string source, string methodName = "Run")
    {
        var compilation = GeneratorHarness.Compile(source);
        SyntaxTree tree = compilation.SyntaxTrees.First();
        MethodDeclarationSyntax declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Single(m => m.Identifier.ValueText == methodName && m.AttributeLists.Count > 0);
        var method = (IMethodSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!;
        return AuditMethodParser.Parse(method, declaration, KnownTypes.From(compilation), CancellationToken.None);
    }

    /// <summary>Parses a method expected to be valid.</summary>
    public static AuditMethodSpec Method(string source, string methodName = "Run") =>
        Parse(source, methodName)?.Method ?? throw new Xunit.Sdk.XunitException($"'{methodName}' was rejected by AuditMethodRules.");
}
