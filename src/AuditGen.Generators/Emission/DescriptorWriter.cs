using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the static descriptor of one audited method: what is fixed at compile time (operation, event ids, levels,
/// keys, redaction), built once and shared by every call.
/// <code>
/// private static readonly global::AuditGen.Runtime.AuditMethod __ag_M0 = new global::AuditGen.Runtime.AuditMethod("password_reset", 1640796352, sensitive: true, keys: new[] { "email", "token" }, modes: "PR", slowThresholdMs: 500, slowEventId: 369844283);
/// </code>
/// </summary>
internal static class DescriptorWriter
{
    private const int InformationLevel = 2;
    private const int WarningLevel = 3;

    public static void Write(IndentedTextWriter writer, AuditMethodSpec method, int index, ContainingTypeSpec type, string toolVersion)
    {
        string arguments = string.Join(", ", Arguments(method, type.LoggerCategory));
        if (!type.CanNestTypes)
        {
            // A variant interface cannot nest a class (CS8427): a static field is the best it can hold.
            writer.WriteLine($"{SourceHeader.GeneratedCode(toolVersion)} private static readonly global::AuditGen.Runtime.AuditMethod {AuditMethodWriter.DescriptorHolderName(method, index)} = new global::AuditGen.Runtime.AuditMethod({arguments});");
            return;
        }

        // In a nested class of its own, the descriptor is created on first use: a static field of the type itself would
        // be initialized in whatever order the compiler takes the partial parts, possibly after a user's static
        // initializer that already calls the audited method.
        writer.WriteLine($"{SourceHeader.GeneratedCode(toolVersion)} private static class {AuditMethodWriter.DescriptorHolderName(method, index)} {{ public static readonly global::AuditGen.Runtime.AuditMethod M = new global::AuditGen.Runtime.AuditMethod({arguments}); }}");
        if (method.Logger.Access == LoggerAccess.PrimaryConstructorParameter)
        {
            writer.WriteLine($"{SourceHeader.GeneratedCode(toolVersion)} private global::Microsoft.Extensions.Logging.ILogger? {AuditMethodWriter.LoggerPropertyName(method, index)} => {method.Logger.Member};");
        }
    }

    private static IEnumerable<string> Arguments(AuditMethodSpec method, string category)
    {
        yield return CSharpLiterals.String(method.Operation);
        yield return CSharpLiterals.Int(method.Audit?.EventId ?? 0);
        if (method.Audit is { } audit)
        {
            if (audit.Level != InformationLevel)
            {
                yield return "level: " + CSharpLiterals.LogLevel(audit.Level);
            }

            if (audit.Sensitive)
            {
                yield return "sensitive: true";
            }

            if (method.LoggedValues.Count > 0)
            {
                yield return "keys: new string[] { " + string.Join(", ", method.LoggedValues.Select(v => CSharpLiterals.String(v.Key))) + " }";
                yield return "modes: " + CSharpLiterals.String(string.Concat(method.LoggedValues.Select(v => Mode(v.Mode))));
            }
        }
        else
        {
            yield return "audit: false";
        }

        if (method.Performance is { } performance)
        {
            yield return "slowThresholdMs: " + CSharpLiterals.Int(performance.ThresholdMs);
            if (performance.Level != WarningLevel)
            {
                yield return "slowLevel: " + CSharpLiterals.LogLevel(performance.Level);
            }

            yield return "slowEventId: " + CSharpLiterals.Int(performance.EventId);
        }

        if (method.Logger.Access == LoggerAccess.Fallback)
        {
            yield return "fallbackCategory: " + CSharpLiterals.String(category);
        }
    }

    // The characters of AuditGen.Runtime.AuditMethod's PlainMode, RedactedMode and PresenceMode.
    private static char Mode(LoggedValueMode mode) => mode switch
    {
        LoggedValueMode.Plain => 'P',
        LoggedValueMode.Presence => 'O',
        _ => 'R',
    };
}
