using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Parsing;

/// <summary>The rules about declarations that cannot be implemented in a generated file: a signature that does not
/// compile, file-local types, out-of-range levels, and the kinds of method that have no partial declaration.</summary>
internal static partial class AuditMethodRules
{
    // Until the generator has run, every audited declaration lacks its implementation; that error is ours to fix.
    private const string MissingImplementation = "CS8795";

    private static void CheckDeclaration(IMethodSymbol method, KnownTypes known, List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        Location? location = UserLocation(method);
        if (HasCompilerErrors(method, known, cancellationToken))
        {
            problems.Add(new AuditProblem(AuditProblemKind.DeclarationError, location));
        }

        if (method.ContainingType is { } type && TypeChecks.IsInFileLocalType(type))
        {
            problems.Add(new AuditProblem(AuditProblemKind.FileLocalType, location, method.Name, type.Name));
        }
        else if (TypeChecks.FindFileLocal(method.ReturnType) is { } returned)
        {
            problems.Add(new AuditProblem(AuditProblemKind.FileLocalType, location, method.Name, returned.Name));
        }
        else if (method.Parameters.Select(p => TypeChecks.FindFileLocal(p.Type)).FirstOrDefault(t => t is not null) is { } parameterType)
        {
            problems.Add(new AuditProblem(AuditProblemKind.FileLocalType, location, method.Name, parameterType.Name));
        }
    }

    /// <summary>
    /// Whether the declaration itself does not compile: an unknown type, a missing accessibility modifier (CS8796), a
    /// partial explicit interface implementation (CS0754), a duplicate… The compiler reports it on the user's line; an
    /// implementation generated from it would only repeat the error in a file the user cannot edit.
    /// </summary>
    private static bool HasCompilerErrors(IMethodSymbol method, KnownTypes known, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath.EndsWith(HintNameSuffix, System.StringComparison.Ordinal)
                || !known.Compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            SemanticModel model = known.Compilation.GetSemanticModel(reference.SyntaxTree);
            if (reference.GetSyntax(cancellationToken).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
                || model.GetDeclarationDiagnostics(reference.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != MissingImplementation))
            {
                return true;
            }
        }

        return false;
    }

    private static string DisplayName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.AnonymousFunction ? "lambda" : method.Name;

    private static string KindName(MethodKind kind) => kind switch
    {
        MethodKind.LocalFunction => "a local function",
        MethodKind.AnonymousFunction => "a lambda",
        MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => "an accessor",
        MethodKind.UserDefinedOperator or MethodKind.BuiltinOperator => "an operator",
        MethodKind.Conversion => "a conversion operator",
        MethodKind.Destructor => "a finalizer",
        _ => "this kind of method",
    };

    /// <summary>The <c>LogLevel</c> values a record can have: <c>Trace</c> (0) to <c>None</c> (6, never written).</summary>
    public static bool IsValidLevel(int level) => level is >= 0 and <= 6;

    private static void CheckLevel(IMethodSymbol method, AttributeData? attribute, List<AuditProblem> problems)
    {
        if (attribute is null)
        {
            return;
        }

        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == "Level" && argument.Value.Value is int level && !IsValidLevel(level))
            {
                problems.Add(new AuditProblem(AuditProblemKind.InvalidLevel, AttributeLocation(attribute, method), method.Name, level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }
}
