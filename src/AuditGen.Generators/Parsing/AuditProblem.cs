using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>What is wrong with an audited method. Each kind maps to one diagnostic.</summary>
internal enum AuditProblemKind
{
    MethodNotPartialDeclaration,
    TypeNotPartial,
    MissingCoreMethod,
    CoreSignatureMismatch,
    CoreNotPrivate,
    UnsupportedReturnType,
    UnsupportedParameter,
    InvalidThreshold,
    InvalidOperationName,
    AmbiguousLogger,
    LogPropertiesOnScalar,
    InvalidLevel,
    UnsupportedMethodKind,
    FileLocalType,
    LanguageVersionTooLow,

    /// <summary>The declaration itself does not compile (an unknown type, a missing accessibility modifier): the
    /// compiler reports it, and generating code from it would only repeat the error inside a generated file.</summary>
    DeclarationError,

    /// <summary>An attribute the compiler could not bind (missing or mistyped arguments): the compiler reports it.</summary>
    AttributeNotBound,
}

/// <summary>One problem found by <see cref="AuditMethodRules"/>; analyzers report it, the generator skips the method.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Location">Where to report it.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record AuditProblem(AuditProblemKind Kind, Location? Location, params string[] Arguments)
{
    /// <summary>Whether the generator can still emit the method (only advisory problems are not blocking).</summary>
    public bool IsBlocking => Kind != AuditProblemKind.LogPropertiesOnScalar;
}
