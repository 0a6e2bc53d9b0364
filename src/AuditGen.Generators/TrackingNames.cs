namespace AuditGen.Generators;

/// <summary>Names of the incremental pipeline steps, asserted on by the caching tests.</summary>
internal static class TrackingNames
{
    public const string AuditMethods = nameof(AuditMethods);
    public const string PerformanceMethods = nameof(PerformanceMethods);
    public const string JudgedMethods = nameof(JudgedMethods);
    public const string ValidMethods = nameof(ValidMethods);
    public const string Types = nameof(Types);
    public const string KeyProfile = nameof(KeyProfile);
}
