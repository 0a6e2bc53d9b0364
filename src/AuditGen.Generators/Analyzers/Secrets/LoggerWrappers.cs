using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// A team's own logging methods (the catalog's <em>logger-shaped wrapper</em> sink): a method called on a logger (an
/// instance method of a logger type, a classic <c>this ILogger</c> extension or a C# 14 <c>extension(ILogger)</c> member)
/// that takes a message string followed by a <c>params</c> array logs like <c>LoggerExtensions</c>: the string is the
/// template, the array its values (<c>logger.Error("Login for {User} with {Password}", user, password)</c>). An
/// exception in place of the message (<c>logger.Error(ex)</c>) makes it a log call without a template.
/// Decided by signature only, so it holds for a wrapper compiled into another assembly whose body cannot be read, and
/// costs two parameter checks per call.
/// </summary>
internal static class LoggerWrappers
{
    /// <summary>Whether the call is to a logger-shaped wrapper; <paramref name="template"/> is its message parameter
    /// (<see langword="null"/> when an exception stands in its place).</summary>
    public static bool IsLoggerShaped(IInvocationOperation invocation, Parsing.KnownTypes known, out IParameterSymbol? template)
    {
        template = null;
        IMethodSymbol method = invocation.TargetMethod;
        int count = method.Parameters.Length;
        if (count < 2 || !method.Parameters[count - 1].IsParams)
        {
            return false;
        }

        IParameterSymbol before = method.Parameters[count - 2];
        bool message = before.Type.SpecialType == SpecialType.System_String && IsMessageName(before.Name);
        if (!message && !Parsing.KnownTypes.IsException(before.Type))
        {
            return false;
        }

        // The receiver: the instance (also the receiver of a C# 14 extension member), or a classic extension's first parameter.
        ITypeSymbol? receiver = method.IsExtensionMethod ? method.Parameters[0].Type : method.IsStatic ? null : invocation.Instance?.Type;
        if (receiver is null || !known.IsLogger(receiver) || (method.IsExtensionMethod && count < 3))
        {
            return false;
        }

        template = message ? before : null;
        return true;
    }

    // msg, message, messageTemplate, format, template, text: a parameter named for what a log writes.
    private static bool IsMessageName(string name) =>
        string.Equals(name, "msg", StringComparison.OrdinalIgnoreCase)
        || name.IndexOf("message", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("template", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("format", StringComparison.OrdinalIgnoreCase) >= 0
        || string.Equals(name, "text", StringComparison.OrdinalIgnoreCase);
}
