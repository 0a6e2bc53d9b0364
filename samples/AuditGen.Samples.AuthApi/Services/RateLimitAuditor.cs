namespace AuditGen.Samples.AuthApi.Services;

/// <summary>One audit record per request the rate limiter rejects, with the (masked) client IP and the endpoint.</summary>
public sealed partial class RateLimitAuditor(ILogger<RateLimitAuditor> logger)
{
    [Audit("rate_limited", Level = LogLevel.Warning)]
    public partial void Rejected(string clientIp, string endpoint);

    private void RejectedCore(string clientIp, string endpoint)
    {
        // The record is the point: the rejection itself is done by ASP.NET Core's rate limiter.
    }
}
