using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AuditGen.Benchmarks.Build;

/// <summary>Loads Microsoft's LoggerMessage generator from the Microsoft.Extensions.Logging.Abstractions package, as the SDK does.</summary>
public static class MicrosoftLoggerMessageGenerator
{
    public static IIncrementalGenerator Create()
    {
        // The package in the NuGet cache that the referenced Microsoft.Extensions.Logging.Abstractions came from.
        Assembly library = typeof(Microsoft.Extensions.Logging.ILogger).Assembly;
        string version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string analyzers = Path.Combine(packages, "microsoft.extensions.logging.abstractions", version, "analyzers", "dotnet");
        string dll = Directory.GetDirectories(analyzers, "roslyn*")
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d)["roslyn".Length..]))
            .Select(d => Path.Combine(d, "cs", "Microsoft.Extensions.Logging.Generators.dll"))
            .First(File.Exists);
        Type type = Assembly.LoadFrom(dll).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.Name == "LoggerMessageGenerator");
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }
}
