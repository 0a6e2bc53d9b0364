using System.Collections.Generic;
using System.Collections.Immutable;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Analyzers;

/// <summary>Reports every problem <see cref="AuditMethodRules"/> finds on methods marked <c>[Audit]</c> or <c>[TrackPerformance]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuditMethodAnalyzer : DiagnosticAnalyzer
{
    private static readonly Dictionary<AuditProblemKind, DiagnosticDescriptor> Descriptors = new()
    {
        [AuditProblemKind.MethodNotPartialDeclaration] = DiagnosticDescriptors.MethodMustBePartialDeclaration,
        [AuditProblemKind.TypeNotPartial] = DiagnosticDescriptors.TypeMustBePartial,
        [AuditProblemKind.MissingCoreMethod] = DiagnosticDescriptors.MissingCoreMethod,
        [AuditProblemKind.CoreSignatureMismatch] = DiagnosticDescriptors.CoreSignatureMismatch,
        [AuditProblemKind.CoreNotPrivate] = DiagnosticDescriptors.CoreMustBePrivate,
        [AuditProblemKind.UnsupportedReturnType] = DiagnosticDescriptors.UnsupportedReturnType,
        [AuditProblemKind.UnsupportedParameter] = DiagnosticDescriptors.UnsupportedParameter,
        [AuditProblemKind.InvalidThreshold] = DiagnosticDescriptors.InvalidThreshold,
        [AuditProblemKind.InvalidOperationName] = DiagnosticDescriptors.InvalidOperationName,
        [AuditProblemKind.AmbiguousLogger] = DiagnosticDescriptors.AmbiguousLogger,
        [AuditProblemKind.LogPropertiesOnScalar] = DiagnosticDescriptors.LogPropertiesOnScalar,
        [AuditProblemKind.IneffectiveAuditRole] = DiagnosticDescriptors.IneffectiveAuditRole,
        [AuditProblemKind.InvalidAuditSetting] = DiagnosticDescriptors.InvalidAuditSetting,
        [AuditProblemKind.InvalidLevel] = DiagnosticDescriptors.InvalidLevel,
        [AuditProblemKind.UnsupportedMethodKind] = DiagnosticDescriptors.UnsupportedMethodKind,
        [AuditProblemKind.FileLocalType] = DiagnosticDescriptors.FileLocalType,
        [AuditProblemKind.LanguageVersionTooLow] = DiagnosticDescriptors.LanguageVersionTooLow,
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MethodMustBePartialDeclaration,
        DiagnosticDescriptors.TypeMustBePartial,
        DiagnosticDescriptors.MissingCoreMethod,
        DiagnosticDescriptors.CoreSignatureMismatch,
        DiagnosticDescriptors.CoreMustBePrivate,
        DiagnosticDescriptors.UnsupportedReturnType,
        DiagnosticDescriptors.UnsupportedParameter,
        DiagnosticDescriptors.InvalidThreshold,
        DiagnosticDescriptors.DuplicateEventId,
        DiagnosticDescriptors.InvalidOperationName,
        DiagnosticDescriptors.AmbiguousLogger,
        DiagnosticDescriptors.LogPropertiesOnScalar,
        DiagnosticDescriptors.IneffectiveAuditRole,
        DiagnosticDescriptors.InvalidAuditSetting,
        DiagnosticDescriptors.InvalidLevel,
        DiagnosticDescriptors.UnsupportedMethodKind,
        DiagnosticDescriptors.FileLocalType,
        DiagnosticDescriptors.LanguageVersionTooLow,
        DiagnosticDescriptors.MaskedCredential);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var known = KnownTypes.From(start.Compilation);
            if (known.AuditAttribute is null && known.TrackPerformanceAttribute is null)
            {
                return;
            }

            // Methods are reached through their type: once the generator has implemented a partial method, the
            // driver attributes the method to its generated part and skips it as generated code.
            start.RegisterSymbolAction(ctx => AnalyzeType(ctx, known), SymbolKind.NamedType);

            // Local functions and lambdas are not members of a type: reach them through their syntax.
            start.RegisterSyntaxNodeAction(
                ctx => AnalyzeFunction(ctx, known),
                SyntaxKind.LocalFunctionStatement,
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression);
        });
    }

    private static void AnalyzeFunction(SyntaxNodeAnalysisContext context, KnownTypes known)
    {
        bool hasAttributes = context.Node switch
        {
            LocalFunctionStatementSyntax local => local.AttributeLists.Count > 0,
            LambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0,
            _ => false,
        };
        if (hasAttributes && context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is IMethodSymbol function)
        {
            Report(context.ReportDiagnostic, function, known, context.Options, context.CancellationToken);
        }
        else if (hasAttributes && context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol is IMethodSymbol lambda)
        {
            Report(context.ReportDiagnostic, lambda, known, context.Options, context.CancellationToken);
        }
    }

    private static void Report(System.Action<Diagnostic> report, IMethodSymbol method, KnownTypes known, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (!KnownTypes.HasAttribute(method, known.AuditAttribute) && !KnownTypes.HasAttribute(method, known.TrackPerformanceAttribute))
        {
            return;
        }

        foreach (AuditProblem problem in AuditMethodRules.Check(method, known, cancellationToken))
        {
            // Problems without a descriptor (unbound attributes, declarations that do not compile) are compiler errors.
            if (Descriptors.TryGetValue(problem.Kind, out DiagnosticDescriptor? descriptor))
            {
                report(Diagnostic.Create(descriptor, problem.Location, problem.Arguments));
            }
        }

        MaskedCredentialAnalysis.Analyze(report, method, known, options);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol { PartialDefinitionPart: null } method)
            {
                Report(context.ReportDiagnostic, method, known, context.Options, context.CancellationToken);
            }
        }

        EventIdAnalysis.AnalyzeType(context, type, known);
    }
}
