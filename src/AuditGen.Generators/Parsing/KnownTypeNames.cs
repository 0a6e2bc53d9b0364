namespace AuditGen.Generators.Parsing;

/// <summary>Metadata names of the types AuditGen recognises. A meta-test checks the AuditGen ones against the runtime library.</summary>
internal static class KnownTypeNames
{
    public const string AuditAttribute = "AuditGen.AuditAttribute";
    public const string TrackPerformanceAttribute = "AuditGen.TrackPerformanceAttribute";
    public const string SensitiveAttribute = "AuditGen.SensitiveAttribute";
    public const string NotLoggedAttribute = "AuditGen.NotLoggedAttribute";
    public const string LoggedAttribute = "AuditGen.LoggedAttribute";
    public const string LogPropertiesAttribute = "AuditGen.LogPropertiesAttribute";
    public const string PersonalDataAttribute = "AuditGen.PersonalDataAttribute";
    public const string MaskedAttribute = "AuditGen.MaskedAttribute";
    public const string AuditActorAttribute = "AuditGen.AuditActorAttribute";
    public const string AuditTargetAttribute = "AuditGen.AuditTargetAttribute";

    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    public const string ILogger = "Microsoft.Extensions.Logging.ILogger";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    public const string IAsyncEnumerableOfT = "System.Collections.Generic.IAsyncEnumerable`1";
    public const string IAsyncEnumeratorOfT = "System.Collections.Generic.IAsyncEnumerator`1";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string CancellationTokenSource = "System.Threading.CancellationTokenSource";
}
