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

    /// <summary>[AuditActor] or [AuditTarget] where it changes nothing: the parameter is not logged, the method writes no
    /// audit record, another parameter already has the role, or the parameter is expanded with [LogProperties].</summary>
    IneffectiveAuditRole,

    /// <summary>An [Audit] setting that cannot work: an undefined Category, or Required with Level None (no record
    /// could ever be written, so every call would be refused).</summary>
    InvalidAuditSetting,

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
    public bool IsBlocking => Kind is not (AuditProblemKind.LogPropertiesOnScalar or AuditProblemKind.IneffectiveAuditRole);

    /// <summary>
    /// Whether the generator should still give the method a throwing implementation. Without one the compiler reports
    /// CS8795 (no implementation part), a declaration error that stops a command-line build before any analyzer runs:
    /// the AGxxxx diagnostic that says what is wrong would never be shown. Only problems whose declaration is otherwise
    /// sound qualify; for the others (no partial declaration, a type that is not partial, a file-local type, C# before 9,
    /// a declaration that does not compile) a generated part could not compile either.
    /// </summary>
    public bool AllowsStub => Kind is AuditProblemKind.MissingCoreMethod or AuditProblemKind.CoreSignatureMismatch
        or AuditProblemKind.CoreNotPrivate or AuditProblemKind.UnsupportedReturnType or AuditProblemKind.UnsupportedParameter
        or AuditProblemKind.InvalidThreshold or AuditProblemKind.InvalidOperationName or AuditProblemKind.AmbiguousLogger
        or AuditProblemKind.InvalidLevel or AuditProblemKind.LogPropertiesOnScalar or AuditProblemKind.IneffectiveAuditRole
        or AuditProblemKind.InvalidAuditSetting;
}
