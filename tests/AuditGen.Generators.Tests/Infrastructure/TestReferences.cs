using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Offline references: .NET 10 reference assemblies plus AuditGen and the logging abstractions.</summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(AuditAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    /// <summary>Everything a log call can be written against: adds Serilog, configuration and compliance abstractions.</summary>
    public static ImmutableArray<MetadataReference> WithLoggingLibraries { get; } =
    [
        .. All,
        MetadataReference.CreateFromFile(typeof(Serilog.Log).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location),
    ];

    /// <summary>For Microsoft.CodeAnalysis.Testing: resolve nothing from NuGet; tests add <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
