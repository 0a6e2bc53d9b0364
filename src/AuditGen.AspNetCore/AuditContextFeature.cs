namespace AuditGen.AspNetCore;

/// <summary>Set on a request by the middleware: the filters of that request use the same settings (claim types) the
/// middleware was configured with, even when they were given inline to <c>UseAuditContext</c> rather than registered.</summary>
/// <param name="Settings">The middleware's settings.</param>
internal sealed record AuditContextFeature(AuditContextSettings Settings);
