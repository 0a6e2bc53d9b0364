using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Caching assertions: reruns are cached, and no Roslyn object leaks into a pipeline model.</summary>
internal static class IncrementalAssert
{
    public static IReadOnlyList<string> TrackingNames { get; } = typeof(AuditGenerator).Assembly
        .GetType("AuditGen.Generators.TrackingNames")!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>Runs the driver again on an equivalent compilation: every tracked step must be cached or unchanged.</summary>
    public static void RerunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        GeneratorDriver rerun = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult result = rerun.GetRunResult().Results.Single();
        foreach (string name in TrackingNames)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object value, IncrementalStepRunReason reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' re-ran ({reason}) on an identical compilation.");
                    AssertNoRoslynObjects(value, name);
                }
            }
        }

        foreach (IncrementalGeneratorRunStep step in result.TrackedOutputSteps.SelectMany(s => s.Value))
        {
            Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    /// <summary>Walks a model's object graph: symbols, syntax, compilations or locations would defeat caching.</summary>
    public static void AssertNoRoslynObjects(object? value, string step, int depth = 0)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"Step '{step}' holds a Roslyn object of type {type}.");
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
        }
    }
}
