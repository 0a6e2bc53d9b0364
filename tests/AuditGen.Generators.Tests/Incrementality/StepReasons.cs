using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Tests.Incrementality;

/// <summary>The run reasons of every tracked step and of the source output after an edit.</summary>
internal sealed class StepReasons(GeneratorRunResult result)
{
    public void AllStepsCachedOrUnchanged()
    {
        foreach (string name in Infrastructure.IncrementalAssert.TrackingNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Step '{name}' did not run at all.");
            foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
            {
                Assert.All(step.Outputs, o => Assert.True(
                    o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{name}' was {o.Reason}."));
            }
        }
    }

    public void OutputIs(IncrementalStepRunReason expected)
    {
        IncrementalStepRunReason[] reasons = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Equal(expected, r));
    }
}
