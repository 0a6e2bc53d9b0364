namespace AuditGen.IntegrationTests.Services;

/// <summary>No logger of its own: records go to <see cref="AuditLog.UseLoggerFactory"/>.</summary>
public static partial class StaticJobs
{
    [Audit("nightly_cleanup")]
    public static partial int Cleanup(int days);

    private static int CleanupCore(int days) => days * 2;
}
