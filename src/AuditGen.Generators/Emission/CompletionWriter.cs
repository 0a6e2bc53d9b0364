using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes <c>__Complete</c>, the local function that ends the scope and writes the audit and slow-call records. It
/// returns <see langword="false"/> so that it can run inside an exception filter.
/// </summary>
internal static class CompletionWriter
{
    private const string Writer = "global::AuditGen.Runtime.AuditLogWriter";

    public static void Write(IndentedTextWriter writer, AuditMethodSpec method, string stateName)
    {
        string declarations = AuditMethodWriter.ParameterDeclarations(method);
        using (writer.WriteBlock($"static bool __Complete(global::Microsoft.Extensions.Logging.ILogger? __logger, global::AuditGen.Runtime.AuditScope __scope, global::System.Exception? __exception{declarations})"))
        {
            using (writer.WriteBlock("if (!__scope.IsActive)"))
            {
                writer.WriteLine("return false;");
            }


            writer.WriteLine("string __outcome = global::AuditGen.AuditOutcome.Of(__exception);");
            writer.WriteLine($"double __durationMs = __scope.End({CSharpLiterals.String(method.Operation)}, __outcome, __exception);");
            if (method.Audit is { } audit)
            {
                WriteAuditRecord(writer, method, audit, stateName);
            }

            if (method.Performance is { } performance)
            {
                WriteSlowCallRecord(writer, method, performance);
            }

            writer.WriteLine("return false;");
        }
    }

    private static void WriteAuditRecord(IndentedTextWriter writer, AuditMethodSpec method, AuditRecordSpec audit, string stateName)
    {
        writer.WriteLine("bool __failed = __outcome == global::AuditGen.AuditOutcome.Failed;");
        writer.WriteLine($"global::Microsoft.Extensions.Logging.LogLevel __level = __failed ? global::Microsoft.Extensions.Logging.LogLevel.Error : {CSharpLiterals.LogLevel(audit.Level)};");
        using (writer.WriteBlock($"if ({Writer}.IsEnabled(__logger, __level))"))
        {
            string values = string.Concat(method.LoggedValues.Select(v => ", " + ValueExpression(v)));
            writer.WriteLine($"{Writer}.Write(");
            writer.Indent();
            writer.WriteLine("__logger!,");
            writer.WriteLine("__level,");
            writer.WriteLine($"new global::Microsoft.Extensions.Logging.EventId({CSharpLiterals.Int(audit.EventId)}, {CSharpLiterals.String(method.Operation)}),");
            writer.WriteLine($"new {stateName}(__outcome, __durationMs{values}),");
            writer.WriteLine("__failed ? __exception : null,");
            writer.WriteLine($"{stateName}.Formatter);");
            writer.Unindent();
        }
    }

    private static void WriteSlowCallRecord(IndentedTextWriter writer, AuditMethodSpec method, PerformanceSpec performance)
    {
        string level = CSharpLiterals.LogLevel(performance.Level);
        string threshold = CSharpLiterals.Int(performance.ThresholdMs);
        using (writer.WriteBlock($"if (__durationMs >= {threshold} && {Writer}.IsEnabled(__logger, {level}))"))
        {
            writer.WriteLine($"{Writer}.Write(");
            writer.Indent();
            writer.WriteLine("__logger!,");
            writer.WriteLine($"{level},");
            writer.WriteLine($"new global::Microsoft.Extensions.Logging.EventId({CSharpLiterals.Int(performance.EventId)}, {CSharpLiterals.String(method.Operation + ".slow")}),");
            writer.WriteLine($"new global::AuditGen.Runtime.SlowCallState({CSharpLiterals.String(method.Operation)}, __durationMs, {threshold}),");
            writer.WriteLine("null,");
            writer.WriteLine("global::AuditGen.Runtime.SlowCallState.Formatter);");
            writer.Unindent();
        }
    }

    private static string ValueExpression(LoggedValueSpec value) => value.Mode switch
    {
        LoggedValueMode.Redacted => $"global::AuditGen.Runtime.AuditRedactor.Redact({value.Expression})",
        LoggedValueMode.Presence => $"{Writer}.Presence({value.Expression})",
        _ => value.Expression,
    };
}
