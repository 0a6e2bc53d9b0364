using System.Collections.Concurrent;
using System.Collections.Immutable;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.RealWorld.Analysis;

/// <summary>A bound log call: an invocation the secret analyzers' <c>LogSinks.Classify</c> recognises.</summary>
/// <param name="File">The syntax tree's path.</param>
/// <param name="Line">1-based line of the invoked name.</param>
/// <param name="Sink">The kind of sink (the sink's name without the method-specific part).</param>
/// <param name="GeneratedCode">Whether the file counts as generated code (which the secret analyzers skip).</param>
internal sealed record BoundLogCall(string File, int Line, string Sink, bool GeneratedCode);

/// <summary>Walks every invocation operation in the same analyzer pass as the secret analyzers and records the log calls they can see.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BoundLogCallCounter : DiagnosticAnalyzer
{
    // Never reported: an analyzer with no supported diagnostic would not run.
    private static readonly DiagnosticDescriptor Unused = new("RW0001", "Bound log call", "Bound log call", "RealWorld", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public ConcurrentBag<BoundLogCall> Calls { get; } = [];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Unused];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = new LogSinks(new LogSinkTypes(start.Compilation), KnownTypes.From(start.Compilation));
            start.RegisterOperationAction(
                ctx =>
                {
                    var invocation = (IInvocationOperation)ctx.Operation;
                    if (sinks.Classify(invocation, ctx.Options) is { } sink)
                    {
                        Calls.Add(new BoundLogCall(invocation.Syntax.SyntaxTree.FilePath, NameLine(invocation.Syntax), Kind(sink.Name), ctx.IsGeneratedCode));
                    }
                },
                OperationKind.Invocation);
        });
    }

    /// <summary>The sink name without the invoked method's own name: "[LoggerMessage] method 'X'" becomes "[LoggerMessage] method".</summary>
    public static string Kind(string sinkName)
    {
        int quote = sinkName.IndexOf('\'', StringComparison.Ordinal);
        return quote < 0 ? sinkName : sinkName[..quote].TrimEnd();
    }

    // The line of the invoked member's name (where a text search finds ".LogX("), not of the receiver expression.
    private static int NameLine(SyntaxNode syntax)
    {
        SyntaxNode target = syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access }
            ? access.Name
            : syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding }
                ? binding.Name
                : syntax;
        return target.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
    }
}
