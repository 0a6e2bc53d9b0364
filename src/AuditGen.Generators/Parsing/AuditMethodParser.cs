using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Parsing;

/// <summary>Turns an attributed method into an <see cref="AuditTargetSpec"/>, or <see langword="null"/> when it is invalid.</summary>
internal static class AuditMethodParser
{
    private const int WarningLevel = 3;

    public static AuditTargetSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || context.TargetNode is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var known = KnownTypes.From(context.SemanticModel.Compilation);

        // A method with both attributes is reported by both pipelines; only the [Audit] one keeps it.
        bool fromPerformance = context.Attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.TrackPerformanceAttribute));
        if (fromPerformance && KnownTypes.HasAttribute(method, known.AuditAttribute))
        {
            return null;
        }

        return Parse(method, declaration, known, cancellationToken);
    }

    /// <summary>The pure part of parsing: a method symbol and its declaration to a spec, or <see langword="null"/> when
    /// <see cref="AuditMethodRules"/> finds a blocking problem.</summary>
    public static AuditTargetSpec? Parse(IMethodSymbol method, MethodDeclarationSyntax declaration, KnownTypes known, CancellationToken cancellationToken)
    {
        AttributeData? audit = KnownTypes.FindAttribute(method, known.AuditAttribute);
        List<AuditProblem> problems = AuditMethodRules.Check(method, known, cancellationToken);
        if (problems.Any(p => p.IsBlocking))
        {
            return problems.All(p => p.AllowsStub) && !method.IsVararg
                ? new AuditTargetSpec(ContainingTypeParser.Parse(method.ContainingType), ParseStub(method, declaration))
                : null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new AuditTargetSpec(ContainingTypeParser.Parse(method.ContainingType), ParseMethod(method, declaration, audit, known));
    }

    private static AuditMethodSpec ParseMethod(IMethodSymbol method, MethodDeclarationSyntax declaration, AttributeData? audit, KnownTypes known)
    {
        ReturnShape shape = ReturnShapes.Classify(method, known, out _)!.Value;
        string operation = audit?.ConstructorArguments[0].Value as string ?? method.ContainingType.Name + "." + method.Name;
        AuditRecordSpec? record = audit is null ? null : ParseAudit(audit, operation);
        PerformanceSpec? performance = KnownTypes.FindAttribute(method, known.TrackPerformanceAttribute) is { } tracked
            ? ParsePerformance(tracked, operation)
            : null;

        // The signature a stub has, with what the wrapper adds.
        AuditMethodSpec signature = ParseStub(method, declaration);
        return signature with
        {
            CoreName = Identifiers.Escape(AuditMethodRules.CoreName(method)),
            CoreQualifier = method.IsStatic ? SignatureParser.TypeName(method.ContainingType) : "this",
            Shape = shape,
            Operation = operation,
            Audit = record,
            Performance = performance,
            Logger = LoggerLocator.Locate(method, known, out _),
            LoggedValues = ValueClassifier.Classify(method, known, record?.Sensitive == true, signature.Prefix).ToEquatableArray(),
            IsStub = false,
        };
    }

    // The signature only: its body throws, and the analyzer's diagnostic on the declaration says why.
    private static AuditMethodSpec ParseStub(IMethodSymbol method, MethodDeclarationSyntax declaration) => new(
        Name: Identifiers.Escape(method.Name),
        CoreName: string.Empty,
        CoreQualifier: string.Empty,
        SortKey: method.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
        Modifiers: Modifiers(declaration),
        ReturnType: SignatureParser.TypeName(method.ReturnType),
        TypeParameters: SignatureParser.TypeParameterList(method.TypeParameters),
        ConstraintClauses: SignatureParser.ConstraintClauses(method, declaration),
        Parameters: method.Parameters.Select(SignatureParser.Parameter).ToEquatableArray(),
        Shape: ReturnShape.Value,
        Operation: string.Empty,
        Audit: null,
        Performance: null,
        Logger: new LoggerSpec(LoggerAccess.Fallback, string.Empty, string.Empty),
        LoggedValues: default,
        Prefix: GeneratedNames.PrefixFor(method),
        ExistingAttributes: ExistingAttributes(method),
        NeedsUnsafe: SignatureParser.NeedsUnsafe(method),
        IsStub: true,
        ExperimentalIds: Parsing.ExperimentalIds.For(method));

    private static GeneratedAttributes ExistingAttributes(IMethodSymbol method)
    {
        GeneratedAttributes existing = GeneratedAttributes.None;
        foreach (AttributeData attribute in method.GetAttributes())
        {
            existing |= attribute.AttributeClass?.ToDisplayString() switch
            {
                "System.CodeDom.Compiler.GeneratedCodeAttribute" => GeneratedAttributes.GeneratedCode,
                "System.Diagnostics.DebuggerNonUserCodeAttribute" => GeneratedAttributes.DebuggerNonUserCode,
                "System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute" => GeneratedAttributes.ExcludeFromCodeCoverage,
                _ => GeneratedAttributes.None,
            };
        }

        return existing;
    }

    private static AuditRecordSpec ParseAudit(AttributeData audit, string operation)
    {
        AuditArguments arguments = AuditArguments.Read(audit);
        int eventId = EventIds.ForAudit(audit) ?? EventIds.Derive(operation);
        return new AuditRecordSpec(arguments.Level, eventId, arguments.Sensitive, AuditCategories.Name(arguments.Category), arguments.Required);
    }

    private static PerformanceSpec ParsePerformance(AttributeData tracked, string operation)
    {
        int threshold = tracked.ConstructorArguments[0].Value is int value ? value : 0;
        int level = WarningLevel;
        foreach (KeyValuePair<string, TypedConstant> argument in tracked.NamedArguments)
        {
            if (argument.Key == "Level" && argument.Value.Value is int configured)
            {
                level = configured;
            }
        }

        return new PerformanceSpec(threshold, level, EventIds.DeriveSlowCall(operation));
    }

    private static string Modifiers(MethodDeclarationSyntax declaration)
    {
        List<string> modifiers = declaration.Modifiers
            .Where(m => !m.IsKind(SyntaxKind.PartialKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword))
            .Select(m => m.Text)
            .ToList();

        return string.Join(" ", modifiers);
    }
}
