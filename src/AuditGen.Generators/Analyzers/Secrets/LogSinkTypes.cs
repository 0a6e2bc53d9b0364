using System.Linq;
using AuditGen.Generators.Analyzers.Secrets.Rules;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>The logging APIs the secret analyzers watch (the catalog's sinks), resolved once per compilation.</summary>
internal sealed class LogSinkTypes
{
    public LogSinkTypes(Compilation compilation)
    {
        LoggerExtensions = Resolve(compilation, SecretRuleCatalog.LoggerExtensions, MicrosoftLogging);
        ILogger = Resolve(compilation, SecretRuleCatalog.MicrosoftILogger, MicrosoftLogging);
        LoggerMessage = Resolve(compilation, SecretRuleCatalog.LoggerMessage, MicrosoftLogging);
        LoggerMessageAttribute = Resolve(compilation, SecretRuleCatalog.LoggerMessageAttribute, MicrosoftLogging);
        SerilogLogger = Resolve(compilation, SecretRuleCatalog.SerilogILogger, "Serilog");
        SerilogLog = Resolve(compilation, SecretRuleCatalog.SerilogLog, "Serilog");
        AuditAttribute = compilation.GetTypeByMetadataName(Parsing.KnownTypeNames.AuditAttribute);

        // Serilog's and NLog's Microsoft.Extensions.Logging providers destructure {@X}; the framework's own do not.
        HasDestructuringProvider = compilation.GetTypeByMetadataName("Serilog.Extensions.Logging.SerilogLoggerProvider") is not null
            || compilation.GetTypeByMetadataName("NLog.Extensions.Logging.NLogLoggerProvider") is not null;
    }

    private const string MicrosoftLogging = "Microsoft.Extensions.Logging.Abstractions";

    // GetTypeByMetadataName returns null when two references define the name, and the compilation's own type when it
    // defines one: a project with its own Microsoft.Extensions.Logging.LoggerExtensions (extension members of its own),
    // or a package carrying a copy of a logging type, would hide every log call. The library's own assembly wins.
    private static INamedTypeSymbol? Resolve(Compilation compilation, string metadataName, string assembly)
    {
        INamedTypeSymbol? any = null;
        foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(metadataName))
        {
            if (candidate.ContainingAssembly?.Name == assembly)
            {
                return candidate;
            }

            any ??= candidate;
        }

        return any;
    }

    /// <summary>Whether the compilation references a Microsoft.Extensions.Logging provider that destructures <c>{@X}</c>.</summary>
    public bool HasDestructuringProvider { get; }

    public INamedTypeSymbol? LoggerExtensions { get; }

    public INamedTypeSymbol? ILogger { get; }

    public INamedTypeSymbol? LoggerMessage { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? SerilogLogger { get; }

    public INamedTypeSymbol? SerilogLog { get; }

    public INamedTypeSymbol? AuditAttribute { get; }

    public bool AnyPresent => ILogger is not null || SerilogLogger is not null;

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    public static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? known) =>
        Is(type, known) || (known is not null && type is not null && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, known)));
}
