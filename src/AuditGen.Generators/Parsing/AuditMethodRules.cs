using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Parsing;

/// <summary>
/// The single source of truth for what makes an audited method valid. The generator skips a method with a blocking
/// problem; <c>AuditMethodAnalyzer</c> reports every problem.
/// </summary>
internal static partial class AuditMethodRules
{
    /// <summary>The suffix of the method that holds the real body.</summary>
    public const string CoreSuffix = "Core";

    /// <summary>The suffix of every hint name the generator adds, used to recognise its own implementing parts.</summary>
    public const string HintNameSuffix = ".Audit.g.cs";

    public static List<AuditProblem> Check(IMethodSymbol method, KnownTypes known, CancellationToken cancellationToken)
    {
        var problems = new List<AuditProblem>();
        Location? location = UserLocation(method);
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation))
        {
            // Local functions, lambdas, accessors, operators: there is no partial declaration to implement.
            problems.Add(new AuditProblem(AuditProblemKind.UnsupportedMethodKind, location, DisplayName(method), KindName(method.MethodKind)));
            return problems;
        }

        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp9 } options)
        {
            // Extended partial methods, static lambdas and nullable annotations in the generated part all need C# 9.
            problems.Add(new AuditProblem(AuditProblemKind.LanguageVersionTooLow, location, method.Name, options.LanguageVersion.ToDisplayString()));
            return problems;
        }

        CheckDeclaration(method, known, problems, cancellationToken);
        bool isDeclaration = IsPartialDeclarationWithoutBody(method);
        if (!isDeclaration)
        {
            problems.Add(new AuditProblem(AuditProblemKind.MethodNotPartialDeclaration, location, method.Name));
        }

        // Reported on the method, not on the type, so the diagnostic stays local to the analyzed declaration;
        // the "make this method audited" fix of AG0001 makes the types partial itself.
        for (INamedTypeSymbol? type = method.ContainingType; isDeclaration && type is not null; type = type.ContainingType)
        {
            if (!IsPartial(type, cancellationToken))
            {
                problems.Add(new AuditProblem(AuditProblemKind.TypeNotPartial, location, type.Name, method.Name));
                break;
            }
        }

        CheckAttributes(method, known, problems);
        ReturnShape? shape = ReturnShapes.Classify(method, known, out string? returnProblem);
        if (shape is null)
        {
            problems.Add(new AuditProblem(AuditProblemKind.UnsupportedReturnType, location, method.Name, returnProblem!));
        }

        CheckParameters(method, known, shape, problems);
        CheckRoles(method, known, problems);
        if (isDeclaration && shape is not null)
        {
            // A method with a body is turned into declaration + Core by the code fix, and an unsupported return type is
            // already reported: asking about Core as well would be noise.
            CheckCore(method, problems, cancellationToken);
        }

        LoggerLocator.Locate(method, known, out IReadOnlyList<string> ambiguous);
        if (ambiguous.Count > 0)
        {
            problems.Add(new AuditProblem(AuditProblemKind.AmbiguousLogger, location, method.Name, string.Join("', '", ambiguous)));
        }

        return problems;
    }

    /// <summary>Finds the private body of <paramref name="method"/>: same name plus <c>Core</c>, parameters, ref kinds, arity and return type.</summary>
    /// <summary>The name of the method that holds the body: <c>RunCore</c> for <c>Run</c>.</summary>
    public static string CoreName(IMethodSymbol method) => method.Name + CoreSuffix;

    public static IMethodSymbol? FindCore(IMethodSymbol method, out bool nameExists)
    {
        IMethodSymbol[] candidates = method.ContainingType.GetMembers(CoreName(method)).OfType<IMethodSymbol>().ToArray();
        nameExists = candidates.Length > 0;
        return candidates.FirstOrDefault(candidate => SignatureMatches(method, candidate));
    }

    /// <summary>Whether every declaration of the symbol is in a file AuditGen generated.</summary>
    public static bool IsGeneratedByAuditGen(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Length > 0
        && symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(HintNameSuffix, System.StringComparison.Ordinal));

    private static bool IsPartialDeclarationWithoutBody(IMethodSymbol method)
    {
        if (!method.IsPartialDefinition)
        {
            return false;
        }

        // Inside the generator the implementation does not exist yet; in the IDE and analyzers it is ours.
        return method.PartialImplementationPart is null || IsGeneratedByAuditGen(method.PartialImplementationPart);
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(r =>
            r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static void CheckAttributes(IMethodSymbol method, KnownTypes known, List<AuditProblem> problems)
    {
        CheckLevel(method, KnownTypes.FindAttribute(method, known.AuditAttribute), problems);
        CheckLevel(method, KnownTypes.FindAttribute(method, known.TrackPerformanceAttribute), problems);
        if (KnownTypes.FindAttribute(method, known.AuditAttribute) is { } audit)
        {
            if (audit.ConstructorArguments.Length != 1)
            {
                problems.Add(new AuditProblem(AuditProblemKind.AttributeNotBound, AttributeLocation(audit, method)));
            }
            else if (string.IsNullOrWhiteSpace(audit.ConstructorArguments[0].Value as string))
            {
                problems.Add(new AuditProblem(AuditProblemKind.InvalidOperationName, AttributeLocation(audit, method), method.Name));
            }

            if (AuditSettingProblem(audit) is { } setting)
            {
                problems.Add(new AuditProblem(AuditProblemKind.InvalidAuditSetting, AttributeLocation(audit, method), method.Name, setting));
            }
        }

        if (KnownTypes.FindAttribute(method, known.TrackPerformanceAttribute) is { } performance)
        {
            if (performance.ConstructorArguments.Length != 1 || performance.ConstructorArguments[0].Value is not int threshold)
            {
                problems.Add(new AuditProblem(AuditProblemKind.AttributeNotBound, AttributeLocation(performance, method)));
            }
            else if (threshold <= 0)
            {
                problems.Add(new AuditProblem(AuditProblemKind.InvalidThreshold, AttributeLocation(performance, method), method.Name, threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void CheckParameters(IMethodSymbol method, KnownTypes known, ReturnShape? shape, List<AuditProblem> problems)
    {
        if (method.IsVararg)
        {
            problems.Add(new AuditProblem(AuditProblemKind.UnsupportedParameter, UserLocation(method), "__arglist", "variable argument lists are not supported"));
        }

        bool awaitable = shape is { } s && ReturnShapes.IsAwaitable(s);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            Location? location = UserLocation(parameter);
            if (awaitable && parameter.RefKind != RefKind.None)
            {
                problems.Add(new AuditProblem(AuditProblemKind.UnsupportedParameter, location, parameter.Name, "in, ref and out parameters cannot be used by an awaited call"));
            }
            else if (awaitable && parameter.Type.IsRefLikeType)
            {
                problems.Add(new AuditProblem(AuditProblemKind.UnsupportedParameter, location, parameter.Name, "ref struct parameters cannot be used by an awaited call"));
            }

            if (parameter.Type.TypeKind == TypeKind.Dynamic && parameter.RefKind != RefKind.None)
            {
                problems.Add(new AuditProblem(AuditProblemKind.UnsupportedParameter, location, parameter.Name, "a dynamic parameter passed by reference would make the call to Core dynamically bound; pass it by value or as object"));
            }

            if (KnownTypes.HasAttribute(parameter, known.LogPropertiesAttribute) && !ValueClassifier.CanLogProperties(parameter.Type))
            {
                // Framework types are logged as one value (a URL sanitized, a header masked): their members are never expanded.
                string reason = Sensitivity.ValueShapes.IsFrameworkType(Sensitivity.ValueShapes.UnwrapNullable(parameter.Type)) && !Sensitivity.ValueShapes.IsScalar(parameter.Type)
                    ? $"'{parameter.Type.ToDisplayString()}' is a framework type, logged as one value and never expanded"
                    : $"'{parameter.Type.ToDisplayString()}' has no properties to log";
                problems.Add(new AuditProblem(AuditProblemKind.LogPropertiesOnScalar, location, parameter.Name, reason));
            }
        }
    }

    private static void CheckCore(IMethodSymbol method, List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        Location? location = UserLocation(method);
        string coreName = CoreName(method);
        IMethodSymbol? core = FindCore(method, out bool nameExists);
        if (core is null)
        {
            AuditProblemKind kind = nameExists ? AuditProblemKind.CoreSignatureMismatch : AuditProblemKind.MissingCoreMethod;
            problems.Add(new AuditProblem(kind, location, method.Name, coreName));
            return;
        }

        if (core.DeclaredAccessibility != Accessibility.Private)
        {
            problems.Add(new AuditProblem(AuditProblemKind.CoreNotPrivate, UserLocation(core), coreName));
        }

        if (method.ReturnsVoid && core.IsAsync)
        {
            problems.Add(new AuditProblem(AuditProblemKind.UnsupportedReturnType, location, method.Name, $"'{coreName}' is async void, so its completion cannot be observed"));
        }
        else if (IsIterator(core, cancellationToken))
        {
            problems.Add(new AuditProblem(AuditProblemKind.UnsupportedReturnType, location, method.Name, $"'{coreName}' is an iterator, which runs only when enumerated"));
        }
    }

    private static bool SignatureMatches(IMethodSymbol method, IMethodSymbol candidate)
    {
        if (candidate.IsStatic != method.IsStatic
            || candidate.Arity != method.Arity
            || candidate.Parameters.Length != method.Parameters.Length
            || candidate.ReturnsByRef != method.ReturnsByRef)
        {
            return false;
        }

        IMethodSymbol constructed = method.Arity == 0 ? candidate : candidate.Construct(method.TypeParameters.Cast<ITypeSymbol>().ToArray());
        if (!SymbolEqualityComparer.Default.Equals(constructed.ReturnType, method.ReturnType))
        {
            return false;
        }

        for (int i = 0; i < method.Parameters.Length; i++)
        {
            IParameterSymbol expected = method.Parameters[i];
            IParameterSymbol actual = constructed.Parameters[i];
            if (expected.RefKind != actual.RefKind || expected.ScopedKind != actual.ScopedKind || !SymbolEqualityComparer.Default.Equals(expected.Type, actual.Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIterator(IMethodSymbol core, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in core.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body: { } body }
                && body.DescendantNodes(node => node is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
                    .OfType<YieldStatementSyntax>().Any())
            {
                return true;
            }
        }

        return false;
    }

    // Once the generator has run, a partial method's parameters also live in its generated implementation;
    // report on the user's declaration, which is where the fix belongs (and generated code is not analyzed).
    private static Location? UserLocation(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.SourceTree?.FilePath.EndsWith(HintNameSuffix, System.StringComparison.Ordinal) != true)
        ?? symbol.Locations.FirstOrDefault();

    private static Location? AttributeLocation(AttributeData attribute, IMethodSymbol method) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? UserLocation(method);
}
