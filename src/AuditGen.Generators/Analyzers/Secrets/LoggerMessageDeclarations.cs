using System;
using System.Collections.Immutable;
using System.Linq;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary><c>[LoggerMessage]</c> declarations: secret parameters, and placeholders that name a secret.</summary>
internal static class LoggerMessageDeclarations
{
    public static void Analyze(SymbolAnalysisContext context, LogSinkTypes types, LogSinks sinks, SecretDetector detector, SecretReport report)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.PartialDefinitionPart is not null || KnownTypes.FindAttribute(method, types.LoggerMessageAttribute) is not { } attribute)
        {
            return;
        }

        var placeholders = MessageTemplate.Parse(LogSinks.LoggerMessageTemplate(attribute) ?? string.Empty);
        string sink = $"[LoggerMessage] method '{method.Name}'";
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (!sinks.IsLoggedLoggerMessageParameter(parameter)
                || parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not ParameterSyntax syntax)
            {
                continue;
            }

            Location location = syntax.Identifier.GetLocation();

            Placeholder? placeholder = placeholders.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            string route = placeholder is null ? string.Empty : $" through placeholder {{{placeholder.Name}}}";
            SecretFinding? finding = detector.FromSymbol(parameter, parameter.Type, syntax)
                ?? (placeholder is { Destructured: true } && sinks.MicrosoftLoggingDestructures(context.Options, syntax.SyntaxTree)
                    ? detector.FromMembers(parameter.Type, syntax, ObjectRoute.Destructured)
                    : null);
            if (finding is not null)
            {
                SecretLoggingAnalyzer.Report(report, finding, location, sink, route, string.Empty);
            }
            else if (placeholder?.SecretDescription(detector.Names, parameter.Name, parameter.Type) is { } description)
            {
                report.Add(SecretDescriptors.SecretPlaceholder, location, ImmutableDictionary<string, string?>.Empty, placeholder.Name, description, sink);
            }
        }
    }
}
