using AuditGen.Generators.Sensitivity;
using System;
using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Recognises calls that write to a log and lays out what they write.</summary>
internal sealed class LogSinks(LogSinkTypes types, KnownTypes known)
{
    /// <summary>The <c>.editorconfig</c> key that says whether the application's provider destructures <c>{@X}</c>
    /// (<c>true</c>/<c>false</c>), for a library whose host chooses the provider. Unset: whether the compilation references
    /// Serilog's or NLog's provider.</summary>
    public const string DestructuringOption = "auditgen.destructuring";

    private static readonly string[] SerilogLevels = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write"];

    // Runs for every invocation in the compilation: cheapest checks first, attributes only for partial methods.
    /// <param name="invocation">The call.</param>
    /// <param name="options">The analyzer options: an audited method's values are judged under its own file's policy,
    /// as the generator judges them.</param>
    public LogSink? Classify(IInvocationOperation invocation, AnalyzerOptions options)
    {
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol? container = method.ContainingType;
        if (LogSinkTypes.Is(container, types.LoggerExtensions))
        {
            return Templated(invocation, "ILogger." + method.Name, MicrosoftLoggingDestructures(options, invocation.Syntax.SyntaxTree), "message", "messageFormat");
        }

        if (LogSinkTypes.Is(container, types.LoggerMessage))
        {
            return method.Name.StartsWith("Define", StringComparison.Ordinal)
                ? new LogSink("LoggerMessage." + method.Name, Argument(invocation, "formatString"), [], null)
                : null;
        }

        if (method.Name is "Log" or "BeginScope" && LogSinkTypes.IsOrImplements(container, types.ILogger))
        {
            IOperation? state = Argument(invocation, "state");
            return state is null ? null : new LogSink("ILogger." + method.Name, null, [], state);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return method.Parameters.Length > 1 && known.IsLogger(method.Parameters[0].Type)
                ? new LogSink("a LoggerMessage delegate", null, Values(invocation.Arguments.Skip(1), _ => null), null)
                : null;
        }

        if (types.SerilogLogger is not null && (LogSinkTypes.Is(container, types.SerilogLog) || LogSinkTypes.IsOrImplements(container, types.SerilogLogger)))
        {
            return Serilog(invocation);
        }

        // [LoggerMessage] and [Audit] methods are partial: any other method can skip the attribute lookups.
        if (!method.IsPartialDefinition && method.PartialDefinitionPart is null)
        {
            return LoggerWrappers.IsLoggerShaped(invocation, known, out IParameterSymbol? message)
                ? Templated(invocation, $"logging wrapper '{method.Name}'", MicrosoftLoggingDestructures(options, invocation.Syntax.SyntaxTree), message?.Name ?? string.Empty)
                : null;
        }

        if (types.LoggerMessageAttribute is not null && KnownTypes.FindAttribute(method, types.LoggerMessageAttribute) is { } attribute)
        {
            return LoggerMessageMethod(invocation, attribute) with { Destructures = MicrosoftLoggingDestructures(options, invocation.Syntax.SyntaxTree) };
        }

        return types.AuditAttribute is not null && KnownTypes.HasAttribute(method, types.AuditAttribute) ? AuditedMethod(invocation, options) : null;
    }

    /// <summary>Whether <c>{@X}</c> in a Microsoft.Extensions.Logging template writes members, under the file's options.</summary>
    public bool MicrosoftLoggingDestructures(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(DestructuringOption, out string? value)
            ? string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : types.HasDestructuringProvider;

    /// <summary>The <c>Message</c> of a <c>[LoggerMessage]</c> attribute.</summary>
    public static string? LoggerMessageTemplate(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Message").Value.Value as string
        ?? attribute.ConstructorArguments.Select(a => a.Value).OfType<string>().FirstOrDefault();

    private LogSink Templated(IInvocationOperation invocation, string name, bool destructures, params string[] templateNames)
    {
        IOperation? template = templateNames.Select(n => Argument(invocation, n)).FirstOrDefault(t => t is not null);
        List<Placeholder> placeholders = template?.ConstantValue.Value is string text ? MessageTemplate.Parse(text) : [];
        IEnumerable<IOperation> values = invocation.Arguments
            .Where(a => a.Parameter is { IsParams: true } || a.Parameter?.Name.StartsWith("propertyValue", StringComparison.Ordinal) == true)
            .SelectMany(Expand);
        return new LogSink(name, template, values.Select((v, i) => new LogValue(v, i < placeholders.Count ? placeholders[i] : null)).ToList(), null, Destructures: destructures);
    }

    private LogSink? Serilog(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string container = method.ContainingType.Name == "Log" ? "Log" : "ILogger";
        if (method.Name == "ForContext" && Argument(invocation, "value") is { } value)
        {
            string? property = Argument(invocation, "propertyName")?.ConstantValue.Value as string;
            bool destructure = Argument(invocation, "destructureObjects")?.ConstantValue.Value is true;
            return new LogSink($"Serilog {container}.ForContext", null, [new LogValue(value, property is null ? null : new Placeholder(property, destructure))], null, Destructures: true);
        }

        return SerilogLevels.Contains(method.Name) ? Templated(invocation, $"Serilog {container}.{method.Name}", destructures: true, "messageTemplate") : null;
    }

    private LogSink LoggerMessageMethod(IInvocationOperation invocation, AttributeData attribute)
    {
        string template = LoggerMessageTemplate(attribute) ?? string.Empty;
        List<Placeholder> placeholders = MessageTemplate.Parse(template);
        return new LogSink(
            $"[LoggerMessage] method '{invocation.TargetMethod.Name}'",
            null,
            Values(invocation.Arguments.Where(a => a.Parameter is { } p && IsLoggedLoggerMessageParameter(p)), p => placeholders.FirstOrDefault(h => string.Equals(h.Name, p.Name, StringComparison.OrdinalIgnoreCase))),
            null);
    }

    /// <summary>Parameters a <c>[LoggerMessage]</c> method logs: not the logger, level or exception, and not classified (Microsoft's redaction handles those).</summary>
    public bool IsLoggedLoggerMessageParameter(IParameterSymbol parameter) =>
        !known.IsLogger(parameter.Type)
        && parameter.Type.Name != "LogLevel"
        && !KnownTypes.IsException(parameter.Type)
        && !known.HasDataClassification(parameter);

    // The generated wrapper logs these parameters as they are; everything else it redacts or omits itself.
    private LogSink AuditedMethod(IInvocationOperation invocation, AnalyzerOptions options)
    {
        IMethodSymbol method = invocation.TargetMethod.OriginalDefinition;
        bool sensitive = KnownTypes.FindAttribute(method, types.AuditAttribute)?.NamedArguments.Any(a => a.Key == "Sensitive" && a.Value.Value is true) == true;
        SensitivityPolicy policy = SensitivityPolicy.From(options, method.Locations.FirstOrDefault()?.SourceTree);
        var plain = new HashSet<string>(ValueClassifier.Classify(method, known, sensitive, GeneratedNames.PrefixFor(method))
            .Where(v => (v.Facts is null ? v.Mode : policy.Judge(v.Facts).Mode) == Model.LoggedValueMode.Plain && v.Parameter.Length > 0)
            .Select(v => v.Parameter));
        return new LogSink(
            $"audited method '{method.Name}', which logs parameter",
            null,
            Values(invocation.Arguments.Where(a => a.Parameter is { } p && plain.Contains(p.Name)), p => new Placeholder(p.Name, false)),
            null,
            SecretLoggingAnalyzer.FixSensitive);
    }

    private static List<LogValue> Values(IEnumerable<IArgumentOperation> arguments, Func<IParameterSymbol, Placeholder?> placeholder) =>
        arguments.Where(a => a.Parameter is not null && !KnownTypes.IsException(a.Parameter.Type))
            .Select(a => new LogValue(a.Value, placeholder(a.Parameter!)))
            .ToList();

    // A params array (implicit or written out) contributes its elements; anything else is one value.
    private static IEnumerable<IOperation> Expand(IArgumentOperation argument) =>
        argument.Value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            IArrayCreationOperation => Enumerable.Empty<IOperation>(),
            _ => new[] { argument.Value },
        };

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameterName && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
}
