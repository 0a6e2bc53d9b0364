using System.Reflection;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Tests.Meta;

/// <summary>Every <see cref="DiagnosticDescriptor"/> AuditGen declares, found by reflection.</summary>
internal static class DescriptorCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> Usage { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    public static IReadOnlyList<DiagnosticDescriptor> Security { get; } = typeof(SecretDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    public static IReadOnlyList<DiagnosticDescriptor> All => [.. Usage, .. Security];
}
