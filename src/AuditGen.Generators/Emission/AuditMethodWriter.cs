using System;
using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the implementing part of one audited method: time and trace the call to <c>Core</c>, observe its completion
/// (synchronously, or through an awaited continuation only when the task is still running), and write the records.
/// </summary>
internal static class AuditMethodWriter
{
    private const string Logger = "global::Microsoft.Extensions.Logging.ILogger?";
    private const string Scope = "global::AuditGen.Runtime.AuditScope";
    private const string Exception = "global::System.Exception";

    public static void Write(IndentedTextWriter writer, AuditMethodSpec method, string stateName, string toolVersion)
    {
        writer.WriteLine(SourceHeader.GeneratedCode(toolVersion));
        writer.WriteLine(SourceHeader.NonUserCode);
        writer.WriteLine(SourceHeader.ExcludeFromCodeCoverage);
        string modifiers = method.Modifiers.Length > 0 ? method.Modifiers + " " : string.Empty;
        string parameters = string.Join(", ", method.Parameters.Select(p => $"{p.Modifiers}{p.Type} {p.Name}"));
        using (writer.WriteBlock($"{modifiers}partial {method.ReturnType} {method.Name}{method.TypeParameters}({parameters}){method.ConstraintClauses}"))
        {
            writer.WriteLine($"{Logger} __logger = {LoggerExpression(method.Logger)};");
            writer.WriteLine($"{Scope} __scope = {Scope}.Begin({CSharpLiterals.String(method.Operation)}, global::AuditGen.Runtime.AuditLogWriter.IsEnabled(__logger, {CSharpLiterals.LogLevel(LowestLevel(method))}));");
            if (method.Shape is ReturnShape.Void or ReturnShape.Value)
            {
                WriteSynchronousBody(writer, method);
            }
            else
            {
                WriteAsynchronousBody(writer, method);
                writer.WriteLine();
                WriteAwaitFunction(writer, method);
            }

            writer.WriteLine();
            CompletionWriter.Write(writer, method, stateName);
        }
    }

    // int __result;
    // try { __result = AddCore(a, b); }
    // catch (Exception __exception) when (__Complete(__logger, __scope, __exception, a, b)) { throw; }
    // __Complete(__logger, __scope, null, a, b);
    // return __result;
    private static void WriteSynchronousBody(IndentedTextWriter writer, AuditMethodSpec method)
    {
        bool hasResult = method.Shape == ReturnShape.Value;
        if (hasResult)
        {
            writer.WriteLine($"{method.ReturnType} __result;");
        }

        WriteGuardedCall(writer, hasResult ? "__result = " + CoreCall(method) : CoreCall(method), Arguments(method));
        writer.WriteLine($"__Complete(__logger, __scope, null{Arguments(method)});");
        if (hasResult)
        {
            writer.WriteLine("return __result;");
        }
    }

    // Completed tasks are observed synchronously and returned as they are, so a synchronously completing call allocates
    // nothing; only a task that is still running pays for the awaiting continuation.
    private static void WriteAsynchronousBody(IndentedTextWriter writer, AuditMethodSpec method)
    {
        writer.WriteLine($"{method.ReturnType} __task;");
        WriteGuardedCall(writer, "__task = " + CoreCall(method), Arguments(method));
        string completed = method.Shape is ReturnShape.Task or ReturnShape.TaskOfT
            ? "__task.Status == global::System.Threading.Tasks.TaskStatus.RanToCompletion"
            : "__task.IsCompletedSuccessfully";
        using (writer.WriteBlock($"if ({completed})"))
        {
            writer.WriteLine($"__Complete(__logger, __scope, null{Arguments(method)});");
            writer.WriteLine("return __task;");
        }

        writer.WriteLine();
        using (writer.WriteBlock("try"))
        {
            writer.WriteLine($"return __Await(__task, __logger, __scope{Arguments(method)});");
        }

        using (writer.WriteBlock("finally"))
        {
            writer.WriteLine("__scope.Detach();");
        }
    }

    private static void WriteAwaitFunction(IndentedTextWriter writer, AuditMethodSpec method)
    {
        bool hasResult = method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        using (writer.WriteBlock($"static async {method.ReturnType} __Await({method.ReturnType} __task, {Logger} __logger, {Scope} __scope{ParameterDeclarations(method)})"))
        {
            if (hasResult)
            {
                writer.WriteLine($"{method.ResultType} __result;");
            }

            string awaited = "await __task.ConfigureAwait(false)";
            WriteGuardedCall(writer, hasResult ? "__result = " + awaited : awaited, Arguments(method));
            writer.WriteLine($"__Complete(__logger, __scope, null{Arguments(method)});");
            if (hasResult)
            {
                writer.WriteLine("return __result;");
            }
        }
    }

    // The exception filter writes the record and returns false, so the exception is never caught: it reaches the caller
    // as the same instance with its original stack, and no rethrow frame is added.
    private static void WriteGuardedCall(IndentedTextWriter writer, string statement, string arguments)
    {
        using (writer.WriteBlock("try"))
        {
            writer.WriteLine(statement + ";");
        }

        using (writer.WriteBlock($"catch ({Exception} __exception) when (__Complete(__logger, __scope, __exception{arguments}))"))
        {
            writer.WriteLine("throw;");
        }
    }

    // The lowest level any of the method's records uses: below it, nothing will be written.
    private static int LowestLevel(AuditMethodSpec method)
    {
        const int Error = 4;
        int lowest = method.Audit is { } audit ? Math.Min(audit.Level, Error) : int.MaxValue;
        return method.Performance is { } performance ? Math.Min(lowest, performance.Level) : lowest;
    }

    private static string CoreCall(AuditMethodSpec method)
    {
        string arguments = string.Join(", ", method.Parameters.Select(p => p.ArgumentPrefix + p.Name));
        return $"{method.Name}Core{method.TypeParameters}({arguments})";
    }

    private static string LoggerExpression(LoggerSpec logger) =>
        logger.Source == LoggerSource.Fallback ? AuditSourceWriter.FallbackLoggerField + ".Get()" : logger.Expression;

    private static List<ParameterSpec> LoggedParameters(AuditMethodSpec method)
    {
        var used = new HashSet<string>(method.LoggedValues.Select(v => v.Parameter));
        return method.Audit is null ? [] : method.Parameters.Where(p => used.Contains(p.Name)).ToList();
    }

    private static string Arguments(AuditMethodSpec method) =>
        string.Concat(LoggedParameters(method).Select(p => ", " + p.Name));

    /// <summary>The logged parameters as extra parameters of the local functions: <c>, string email, int amount</c>.</summary>
    internal static string ParameterDeclarations(AuditMethodSpec method) =>
        string.Concat(LoggedParameters(method).Select(p => $", {p.Type} {p.Name}"));
}
