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

    /// <summary>For Microsoft.CodeAnalysis.Testing: resolve nothing from NuGet; tests add <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
