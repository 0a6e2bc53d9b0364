namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that touch process-wide state (AuditLog settings, ActivitySource and Meter listeners) or measure allocations
/// run alone: a listener attached by a parallel test would make the wrapper allocate.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Process-wide state";
}
