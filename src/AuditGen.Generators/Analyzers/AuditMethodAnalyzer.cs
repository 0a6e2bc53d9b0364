using System.Collections.Generic;
using System.Collections.Immutable;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
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
        DiagnosticDescriptors.LogPropertiesOnScalar);

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
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is not IMethodSymbol { PartialDefinitionPart: null } method
                || (!KnownTypes.HasAttribute(method, known.AuditAttribute) && !KnownTypes.HasAttribute(method, known.TrackPerformanceAttribute)))
            {
                continue;
            }

            foreach (AuditProblem problem in AuditMethodRules.Check(method, known, context.CancellationToken))
            {
                // Problems without a descriptor (unbound attributes) are already compiler errors.
                if (Descriptors.TryGetValue(problem.Kind, out DiagnosticDescriptor? descriptor))
                {
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, problem.Location, problem.Arguments));
                }
            }
        }

        EventIdAnalysis.AnalyzeType(context, type, known);
    }
}
