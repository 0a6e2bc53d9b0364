namespace AuditGen;

/// <summary>
/// What kind of event an audited operation is: the <c>Category</c> key of its records (<c>auditgen.category</c> in the
/// OpenTelemetry key profile), written in snake case (<c>data_change</c>). The vocabulary follows the event types audit
/// standards ask for (PCI DSS 10.2, NIST SP 800-53 AU-2): small on purpose, so that queries and alerts can rely on it.
/// </summary>
public enum AuditCategory
{
    /// <summary>No category: the records carry no category key.</summary>
    Unspecified = 0,

    /// <summary>Proving who someone is: logins, logouts, second factors, password and credential changes (<c>authentication</c>).</summary>
    Authentication = 1,

    /// <summary>Deciding what someone may do: permission checks, role and grant changes, consent (<c>authorization</c>).</summary>
    Authorization = 2,

    /// <summary>Reading protected data: exports, reports, views of personal or payment data (<c>data_access</c>).</summary>
    DataAccess = 3,

    /// <summary>Creating, changing or deleting business data (<c>data_change</c>).</summary>
    DataChange = 4,

    /// <summary>Changing how the system behaves: settings, feature flags, keys and certificates (<c>configuration</c>).</summary>
    Configuration = 5,

    /// <summary>Operating on accounts and the system itself: user management, impersonation, maintenance (<c>administration</c>).</summary>
    Administration = 6,
}
