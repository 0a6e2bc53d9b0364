using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Diagnostics;

/// <summary>The descriptors of the secret-logging diagnostics (AG1xxx). Message: subject, what it is, sink, route.</summary>
internal static class SecretDescriptors
{
    public static readonly DiagnosticDescriptor SecretNameReachesLog = Security(
        DiagnosticIds.SecretNameReachesLog, "A value named like a secret reaches a log");

    public static readonly DiagnosticDescriptor SensitiveDataReachesLog = Security(
        DiagnosticIds.SensitiveDataReachesLog, "Data marked sensitive reaches a log");

    public static readonly DiagnosticDescriptor SecretTypeReachesLog = Security(
        DiagnosticIds.SecretTypeReachesLog, "A credential-holding type reaches a log");

    public static readonly DiagnosticDescriptor SecretTextReachesLog = Security(
        DiagnosticIds.SecretTextReachesLog, "Text that looks like a credential reaches a log");

    public static readonly DiagnosticDescriptor ObjectWithSecretReachesLog = Security(
        DiagnosticIds.ObjectWithSecretReachesLog, "An object with a secret member reaches a log");

    public static readonly DiagnosticDescriptor SecretPlaceholder = new(
        DiagnosticIds.SecretPlaceholder,
        "A template placeholder names a secret",
        "Placeholder {{{0}}} names {1}, and the value logged under it by {2} is not redacted",
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Wrap the value in AuditLog.Redact(...) or rename the placeholder if it does not hold the secret.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.SecretPlaceholder));

    // Not a log call at all: the exception's ToString() (message included) is what every provider writes when the
    // exception is logged, and unhandled-exception handlers, APM agents and crash reports print it too.
    public static readonly DiagnosticDescriptor SecretInExceptionMessage = new(
        DiagnosticIds.SecretInExceptionMessage,
        "A secret is written into the message of a thrown exception",
        "{0} ({1}) is written into the message of a thrown {2}, which every log prints with the exception",
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An exception's message reaches every log provider through the exception's ToString(), wherever the exception is caught and logged. Describe the failure without the value (its name, its length, whether it is present), or redact it with AuditLog.Redact(...).",
        helpLinkUri: HelpLinks.For(DiagnosticIds.SecretInExceptionMessage));

    // A finding the team recorded in its baseline file: still shown (an existing leak is still a leak), but under an id of
    // its own that the CI gate never raises, so adopting AuditGen on an existing codebase fails only on new leaks.
    public static readonly DiagnosticDescriptor BaselinedSecret = new(
        DiagnosticIds.BaselinedSecret,
        "Secret finding recorded in the baseline",
        "{0} (in the baseline): {1}",
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "This finding is listed in the project's auditgen.baseline.txt, so it does not fail CI. Fix it as the original rule says, then rewrite the baseline with 'dotnet build -p:AuditGenBaseline=write' so that it drops out.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.BaselinedSecret));

    private static DiagnosticDescriptor Security(string id, string title) => new(
        id,
        title,
        "{0} ({1}) reaches {2}{3}",
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Secrets in logs end up in log stores, support tickets and dashboards. Redact the value with AuditLog.Redact(...), log a non-secret property instead, or mark the data [Sensitive] where AuditGen logs it.",
        helpLinkUri: HelpLinks.For(id));
}
