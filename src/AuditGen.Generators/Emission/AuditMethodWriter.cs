using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the implementing part of one audited method: a thin call into <c>AuditGen.Runtime.AuditCall</c>, which owns
/// timing, tracing, the records and every failure of its own. The whole of it:
/// <code>
/// public partial Task ResetPasswordAsync(string email, string token)
/// {
///     var __ag_c = global::AuditGen.Runtime.AuditCall.Begin(global::Shop.AuthService.__ag_D.M0, this.logger, global::AuditGen.Runtime.AuditValues.Of(email, token));
///     try { return __ag_c.Complete(this.ResetPasswordAsyncCore(email, token)); }
///     catch (global::System.Exception __ag_e) when (__ag_c.Fail(__ag_e)) { throw; }
///     finally { __ag_c.End(); }
/// }
/// </code>
/// The exception filter only remembers the exception (it returns false): the caller gets the same instance with its
/// original stack, and the record is written by <c>End</c> after Core's own <c>finally</c> blocks, exactly once.
/// </summary>
internal static class AuditMethodWriter
{
    private const string Runtime = "global::AuditGen.Runtime.";

    public static void Write(IndentedTextWriter writer, AuditMethodSpec method, string descriptor, int index, string toolVersion)
    {
        string call = method.Prefix + "c";
        string exception = method.Prefix + "e";
        if (Attributes(method, toolVersion) is { Length: > 0 } attributes)
        {
            writer.WriteLine(attributes);
        }

        using (writer.WriteBlock(Signature(method)))
        {
            writer.WriteLine($"var {call} = {BeginCall(method, descriptor, index)};");
            writer.WriteLine($"try {{ {Invocation(method, call)} }}");
            writer.WriteLine($"catch (global::System.Exception {exception}) when ({call}.Fail({exception})) {{ throw; }}");
            writer.WriteLine($"finally {{ {call}.End(); }}");
        }
    }

    /// <summary>
    /// Writes the implementation of a method the analyzer reports an error for (a missing Core, an invalid threshold…).
    /// Without it the compiler's CS8795 would stop a command-line build before the analyzer's diagnostic is shown.
    /// </summary>
    public static void WriteStub(IndentedTextWriter writer, AuditMethodSpec method, string toolVersion)
    {
        if (Attributes(method, toolVersion) is { Length: > 0 } attributes)
        {
            writer.WriteLine(attributes);
        }

        using (writer.WriteBlock(Signature(method)))
        {
            string message = $"AuditGen cannot implement '{method.Name}': see the AuditGen (AGxxxx) error reported on its declaration.";
            writer.WriteLine($"throw new global::System.NotSupportedException({CSharpLiterals.String(message)});");
        }
    }

    private static string Signature(AuditMethodSpec method)
    {
        string modifiers = method.Modifiers.Length > 0 ? method.Modifiers + " " : string.Empty;
        string parameters = string.Join(", ", method.Parameters.Select(p => $"{p.Modifiers}{p.Type} {p.Name}"));
        return $"{modifiers}partial {method.ReturnType} {method.Name}{method.TypeParameters}({parameters}){method.ConstraintClauses}";
    }

    /// <summary>The name of the property that reads a primary-constructor logger (a parameter of the method may shadow it).</summary>
    public static string LoggerPropertyName(AuditMethodSpec method, int index) => method.Prefix + "L" + CSharpLiterals.Int(index);

    private static string BeginCall(AuditMethodSpec method, string descriptor, int index)
    {
        string values = Values(method);
        LoggerSpec logger = method.Logger;
        string self = method.Prefix + "s";
        return logger.Access switch
        {
            LoggerAccess.Parameter => $"{Runtime}AuditCall.Begin({descriptor}, {logger.Member}, {values})",
            LoggerAccess.InstanceField => $"{Runtime}AuditCall.Begin({descriptor}, this.{logger.Member}, {values})",
            LoggerAccess.StaticField => $"{Runtime}AuditCall.Begin({descriptor}, {logger.Qualifier}.{logger.Member}, {values})",
            LoggerAccess.PrimaryConstructorParameter => $"{Runtime}AuditCall.Begin({descriptor}, this.{LoggerPropertyName(method, index)}, {values})",
            LoggerAccess.StaticProperty => $"{Runtime}AuditCall.BeginFrom({descriptor}, static () => {logger.Qualifier}.{logger.Member}, {values})",
            LoggerAccess.InstanceProperty when logger.Qualifier.Length > 0 =>
                $"{Runtime}AuditCall.BeginFrom({descriptor}, this, static {self} => (({logger.Qualifier}){self}).{logger.Member}, {values})",
            LoggerAccess.InstanceProperty => $"{Runtime}AuditCall.BeginFrom({descriptor}, this, static {self} => {self}.{logger.Member}, {values})",
            _ => $"{Runtime}AuditCall.Begin({descriptor}, null, {values})",
        };
    }

    // AuditValues.Of infers every type from the arguments; beyond six, the seventh argument holds the rest.
    private static string Values(AuditMethodSpec method)
    {
        IReadOnlyList<string> expressions = method.Audit is null ? [] : method.LoggedValues.Select(v => v.Expression).ToList();
        return ValuesOf(expressions, 0);
    }

    private static string ValuesOf(IReadOnlyList<string> expressions, int start)
    {
        const int Arity = 6;
        int count = expressions.Count - start;
        IEnumerable<string> head = expressions.Skip(start).Take(Arity);
        string rest = count > Arity ? ", " + ValuesOf(expressions, start + Arity) : string.Empty;
        return $"{Runtime}AuditValues.Of({string.Join(", ", head)}{rest})";
    }

    private static string Invocation(AuditMethodSpec method, string call)
    {
        // A dynamic argument would bind the call to Core at run time, where in/ref arguments and ref struct receivers are
        // not allowed (CS8364, CS9230): by-value ones are passed as object. Core is reached through this./Type. so that
        // a parameter named like it cannot hide it.
        string arguments = string.Join(", ", method.Parameters.Select(p => p.ArgumentPrefix + (IsDynamic(p) && p.ArgumentPrefix.Length == 0 ? "(object)" + p.Name + "!" : p.Name)));
        string core = $"{method.CoreQualifier}.{method.CoreName}{method.TypeParameters}({arguments})";
        return method.Shape switch
        {
            ReturnShape.Void => core + ";",
            ReturnShape.Value => $"return {core};",
            _ => $"return {call}.Complete({core});",
        };
    }

    private static bool IsDynamic(ParameterSpec parameter) => parameter.Type is "dynamic" or "dynamic?";

    private static string Attributes(AuditMethodSpec method, string toolVersion)
    {
        var attributes = new List<string>(3);
        if ((method.ExistingAttributes & GeneratedAttributes.GeneratedCode) == 0)
        {
            attributes.Add(SourceHeader.GeneratedCodeAttribute(toolVersion));
        }

        if ((method.ExistingAttributes & GeneratedAttributes.DebuggerNonUserCode) == 0)
        {
            attributes.Add(SourceHeader.NonUserCodeAttribute);
        }

        if ((method.ExistingAttributes & GeneratedAttributes.ExcludeFromCodeCoverage) == 0)
        {
            attributes.Add(SourceHeader.ExcludeFromCodeCoverageAttribute);
        }

        return attributes.Count == 0 ? string.Empty : "[" + string.Join(", ", attributes) + "]";
    }
}
