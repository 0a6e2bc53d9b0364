using System.Collections.Generic;

namespace AuditGen.Generators.Common;

/// <summary>
/// The keys AuditGen itself writes into records, in each key profile: one table, compiled into the generator (which keeps
/// parameters off these keys and names actor and target values) and into the runtime (which writes them), so the two
/// cannot disagree. The default profile keeps the keys existing dashboards use; the OpenTelemetry profile
/// (<c>&lt;AuditGenKeyProfile&gt;OpenTelemetry&lt;/AuditGenKeyProfile&gt;</c>) writes semantic-convention names where
/// one exists and <c>auditgen.*</c> for the rest, with durations in seconds.
/// </summary>
internal sealed class RecordKeyNames
{
    /// <summary>The profile number of <see cref="Default"/> in descriptors and the MSBuild value <c>Default</c>.</summary>
    public const int DefaultProfile = 0;

    /// <summary>The profile number of <see cref="OpenTelemetry"/> and the MSBuild value <c>OpenTelemetry</c>.</summary>
    public const int OpenTelemetryProfile = 1;

    public static readonly RecordKeyNames Default = new(
        DefaultProfile, "default", operation: "Operation", outcome: "Outcome", duration: "DurationMs", sensitive: "Sensitive",
        function: null, category: "Category", actor: "Actor", tenant: "Tenant", session: "Session", clientAddress: "ClientAddress",
        requestId: "RequestId", target: "Target", errorType: null, threshold: "ThresholdMs", durationInSeconds: false);

    public static readonly RecordKeyNames OpenTelemetry = new(
        OpenTelemetryProfile, "opentelemetry", operation: "auditgen.operation", outcome: "auditgen.outcome", duration: "auditgen.duration",
        sensitive: "auditgen.sensitive", function: "code.function.name", category: "auditgen.category", actor: "enduser.id",
        tenant: "auditgen.tenant.id", session: "session.id", clientAddress: "client.address", requestId: "auditgen.request.id",
        target: "auditgen.target", errorType: "error.type", threshold: "auditgen.threshold", durationInSeconds: true);

    private RecordKeyNames(
        int profile, string name, string operation, string outcome, string duration, string sensitive, string? function, string category,
        string actor, string tenant, string session, string clientAddress, string requestId, string target, string? errorType,
        string threshold, bool durationInSeconds)
    {
        Profile = profile;
        Name = name;
        Operation = operation;
        Outcome = outcome;
        Duration = duration;
        Sensitive = sensitive;
        Function = function;
        Category = category;
        Actor = actor;
        Tenant = tenant;
        Session = session;
        ClientAddress = clientAddress;
        RequestId = requestId;
        Target = target;
        ErrorType = errorType;
        Threshold = threshold;
        DurationInSeconds = durationInSeconds;
    }

    public int Profile { get; }

    /// <summary>The profile's name in the audit catalog.</summary>
    public string Name { get; }

    public string Operation { get; }

    public string Outcome { get; }

    /// <summary>The duration: milliseconds in the default profile, seconds in the OpenTelemetry one.</summary>
    public string Duration { get; }

    public string Sensitive { get; }

    /// <summary>The fully qualified method name (<c>Shop.AuthService.ResetPasswordAsync</c>), or null where not written.</summary>
    public string? Function { get; }

    public string Category { get; }

    public string Actor { get; }

    public string Tenant { get; }

    public string Session { get; }

    public string ClientAddress { get; }

    public string RequestId { get; }

    public string Target { get; }

    /// <summary>The failure's exception type, or null where the exception itself is the only carrier.</summary>
    public string? ErrorType { get; }

    /// <summary>The slow-call threshold of a slow-call record.</summary>
    public string Threshold { get; }

    public bool DurationInSeconds { get; }

    /// <summary>The profile a descriptor or an MSBuild value names; anything unknown is the default.</summary>
    public static RecordKeyNames For(int profile) => profile == OpenTelemetryProfile ? OpenTelemetry : Default;

    /// <summary>The profile an MSBuild <c>AuditGenKeyProfile</c> value names (case-insensitive); empty or unknown is the default.</summary>
    public static RecordKeyNames ForSetting(string? setting) =>
        string.Equals(setting?.Trim(), "OpenTelemetry", System.StringComparison.OrdinalIgnoreCase) ? OpenTelemetry : Default;

    /// <summary>Every key AuditGen writes itself in this profile, including <c>{OriginalFormat}</c>: no parameter may take one.</summary>
    public IEnumerable<string> Reserved()
    {
        foreach (string? key in new[] { Operation, Outcome, Duration, Sensitive, Function, Category, Actor, Tenant, Session, ClientAddress, RequestId, Target, ErrorType, "{OriginalFormat}" })
        {
            if (key is not null)
            {
                yield return key;
            }
        }
    }
}
