namespace AuditGen.Samples.AuthApi.Services;

/// <summary>One audit record per request the rate limiter rejects, with the endpoint; the masked client address and the
/// request id come from the request's audit context.</summary>
public sealed partial class RateLimitAuditor(ILogger<RateLimitAuditor> logger)
{
    [Audit("rate_limited", Level = LogLevel.Warning, Category = AuditCategory.Authorization)]
    public partial void Rejected(string endpoint);

    private void RejectedCore(string endpoint)
    {
        // The record is the point: the rejection itself is done by ASP.NET Core's rate limiter.
    }
}
