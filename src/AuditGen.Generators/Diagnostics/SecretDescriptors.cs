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
