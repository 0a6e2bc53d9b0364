using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Diagnostics;

/// <summary>The descriptors of the usage diagnostics (AG0xxx).</summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor MethodMustBePartialDeclaration = Usage(
        DiagnosticIds.MethodMustBePartialDeclaration,
        "Audited methods must be partial declarations without a body",
        "Method '{0}' carries [Audit] or [TrackPerformance] but is not a partial method declaration without a body; declare it 'partial' with no body and move the body to a private '{0}Core' method");

    public static readonly DiagnosticDescriptor TypeMustBePartial = Usage(
        DiagnosticIds.TypeMustBePartial,
        "Types containing audited methods must be partial",
        "Type '{0}' must be declared partial so that AuditGen can implement the audited method '{1}'");

    public static readonly DiagnosticDescriptor MissingCoreMethod = Usage(
        DiagnosticIds.MissingCoreMethod,
        "Audited method has no Core method",
        "Audited method '{0}' needs a private method '{1}' with the same parameters and return type that holds the real body");

    public static readonly DiagnosticDescriptor CoreSignatureMismatch = Usage(
        DiagnosticIds.CoreSignatureMismatch,
        "Core method signature does not match the audited method",
        "'{1}' must have the same parameter types, ref kinds, type parameters, static modifier and return type as the audited method '{0}'");

    public static readonly DiagnosticDescriptor CoreMustBePrivate = Usage(
        DiagnosticIds.CoreMustBePrivate,
        "Core method must be private",
        "'{0}' must be private, so that every call goes through the audited wrapper");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Usage(
        DiagnosticIds.UnsupportedReturnType,
        "Unsupported return type for an audited method",
        "Method '{0}' cannot be audited: {1}");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Usage(
        DiagnosticIds.UnsupportedParameter,
        "Unsupported parameter for an audited method",
        "Parameter '{0}' cannot be used by an audited method: {1}");

    public static readonly DiagnosticDescriptor InvalidThreshold = Usage(
        DiagnosticIds.InvalidThreshold,
        "Performance threshold must be positive",
        "The [TrackPerformance] threshold of '{0}' is {1} ms; it must be greater than zero");

    public static readonly DiagnosticDescriptor DuplicateEventId = Usage(
        DiagnosticIds.DuplicateEventId,
        "Duplicate audit event id",
        "Audited method '{0}' uses event id {1}, which '{2}' in the same type already uses; give one of them a distinct operation name or EventId");

    public static readonly DiagnosticDescriptor InvalidOperationName = Usage(
        DiagnosticIds.InvalidOperationName,
        "Audit operation name must not be empty",
        "The [Audit] operation name of '{0}' is empty; dashboards and queries need a stable name such as \"password_reset\"");

    public static readonly DiagnosticDescriptor AmbiguousLogger = Usage(
        DiagnosticIds.AmbiguousLogger,
        "More than one logger is available",
        "Audited method '{0}' could use any of the loggers '{1}'; keep one ILogger member, or pass the logger as a parameter");

    public static readonly DiagnosticDescriptor LogPropertiesOnScalar = new(
        DiagnosticIds.LogPropertiesOnScalar,
        "[LogProperties] needs a class, record or struct parameter",
        "[LogProperties] on parameter '{0}' has no effect: {1}; remove the attribute",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(DiagnosticIds.LogPropertiesOnScalar));

    public static readonly DiagnosticDescriptor IneffectiveAuditRole = new(
        DiagnosticIds.IneffectiveAuditRole,
        "[AuditActor] or [AuditTarget] has no effect",
        "{0} on parameter '{1}' has no effect: {2}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(DiagnosticIds.IneffectiveAuditRole));

    public static readonly DiagnosticDescriptor InvalidAuditSetting = Usage(
        DiagnosticIds.InvalidAuditSetting,
        "Audit setting cannot be honoured",
        "The [Audit] of '{0}' cannot be honoured: {1}");

    public static readonly DiagnosticDescriptor InvalidLevel = Usage(
        DiagnosticIds.InvalidLevel,
        "Log level is out of range",
        "The Level of '{0}' is {1}, which is not a LogLevel; use Trace, Debug, Information, Warning, Error, Critical or None");

    public static readonly DiagnosticDescriptor UnsupportedMethodKind = Usage(
        DiagnosticIds.UnsupportedMethodKind,
        "[Audit] and [TrackPerformance] apply to ordinary methods only",
        "'{0}' is {1}, which AuditGen cannot wrap; move the work into a partial method of the type and audit that");

    public static readonly DiagnosticDescriptor FileLocalType = Usage(
        DiagnosticIds.FileLocalType,
        "Audited methods cannot use file-local types",
        "Audited method '{0}' uses the file-local type '{1}', which AuditGen's generated file cannot name; make the type internal");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Usage(
        DiagnosticIds.LanguageVersionTooLow,
        "AuditGen needs C# 9 or later",
        "Audited method '{0}' is compiled as C# {1}, but AuditGen's generated code needs C# 9 or later; set <LangVersion>9.0</LangVersion> (or later) in the project");

    public static readonly DiagnosticDescriptor MaskedCredential = new(
        DiagnosticIds.MaskedCredential,
        "A masking style cannot show part of a credential",
        "'{0}' holds {1}: AuditGen masks it whole and ignores [Masked]; partial masks are for identifiers only",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(DiagnosticIds.MaskedCredential));

    private static DiagnosticDescriptor Usage(string id, string title, string message) =>
        new(id, title, message, DiagnosticCategories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
}
