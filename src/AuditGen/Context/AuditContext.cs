using System.Threading;

namespace AuditGen;

/// <summary>
/// Who acts, from where, in which request: set once per request or job, it flows with the async calls made under it
/// (like <see cref="System.Diagnostics.Activity.Current"/>), and every audit record written under it carries its values
/// as keys (see README, "Record schema"). ASP.NET Core applications set it with <c>app.UseAuditContext()</c> from the
/// <c>AuditGen.AspNetCore</c> package; workers and jobs call <see cref="Begin"/>.
/// </summary>
/// <remarks>
/// A record reads the context it was started under when it is written, so a login that learns who the user is can set
/// <see cref="ActorId"/> and its own completion record carries it. Properties may be set from any thread; a record
/// read at the same moment sees either value. With no context, audited calls read one <see cref="AsyncLocal{T}"/> and
/// allocate nothing; setting one allocates what <see cref="AsyncLocal{T}"/> does (see docs/benchmarks.md).
/// </remarks>
/// <example>
/// <code>
/// using (AuditContext.Begin(new AuditContext { ActorId = job.RequestedBy, RequestId = job.Id }))
/// {
///     await exporter.ExportAsync(job.Report); // its records carry Actor and RequestId
/// }
/// </code>
/// </example>
public sealed class AuditContext
{
    private static readonly AsyncLocal<AuditContextFrame?> s_current = new();

    private string? _sessionHash;

    /// <summary>Gets the context of the current async flow, or <see langword="null"/> when none was begun.</summary>
    /// <remarks>Work started under a context (a <c>Task.Run</c>, a fire-and-forget call) keeps it after the scope that
    /// began it ends, as <see cref="System.Diagnostics.Activity.Current"/> does: it was caused by that actor.</remarks>
    public static AuditContext? Current => s_current.Value?.Context;

    /// <summary>Gets or sets who performs the audited calls: a user id, a service principal. Written as it is (it is
    /// the record's subject, not a secret); choose an id, not an email, or mark the data personal in your own code.</summary>
    public string? ActorId { get; set; }

    /// <summary>Gets or sets the tenant the calls act in, for multi-tenant applications.</summary>
    public string? TenantId { get; set; }

    /// <summary>Gets or sets the client's network address as text (<c>203.0.113.7</c>, <c>2001:db8::1</c>). Records write
    /// it as <see cref="AuditLog.ClientAddressStyle"/> says (truncated to the network by default), never the raw value
    /// unless that style is <see cref="AuditGen.ClientAddressStyle.Full"/>.</summary>
    public string? ClientAddress { get; set; }

    /// <summary>Gets or sets the id of the request or job, e.g. the caller's <c>X-Request-ID</c>; the record's own trace
    /// and span ids come from <see cref="System.Diagnostics.Activity.Current"/>.</summary>
    public string? RequestId { get; set; }

    /// <summary>Gets the hashed session id set by <see cref="SetSession"/> (<c>sha256:</c> and 16 hex digits), or
    /// <see langword="null"/>. The session id itself is never kept: it is a bearer credential.</summary>
    public string? SessionHash => Volatile.Read(ref _sessionHash);

    /// <summary>Makes <paramref name="context"/> the current context of this async flow until the returned scope is disposed.</summary>
    /// <param name="context">The context; <see langword="null"/> clears it for the scope.</param>
    /// <returns>A scope whose <see cref="AuditContextScope.Dispose"/> restores the previous context.</returns>
    /// <remarks>Scopes may end in any order: ending one whose context is not current only marks it ended, and ending
    /// the current one makes current the innermost enclosing scope that has not ended (as stopping an
    /// <see cref="System.Diagnostics.Activity"/> does), never a context whose scope is over.</remarks>
    public static AuditContextScope Begin(AuditContext? context)
    {
        var frame = new AuditContextFrame(context, AuditContextFrame.Active(s_current.Value));
        s_current.Value = frame;
        return new AuditContextScope(frame);
    }

    /// <summary>Records the session the calls belong to, hashed at once with SHA-256 (truncated to 64 bits): records
    /// correlate by session without ever carrying the session id, which would let a log reader hijack the session.</summary>
    /// <param name="sessionId">The session id or cookie value; <see langword="null"/> clears it.</param>
    public void SetSession(string? sessionId) =>
        Volatile.Write(ref _sessionHash, sessionId is null ? null : Runtime.SessionHasher.Hash(sessionId));

    internal static void End(AuditContextFrame frame)
    {
        frame.Ended = true;
        if (ReferenceEquals(s_current.Value, frame))
        {
            s_current.Value = AuditContextFrame.Active(frame.Parent);
        }
    }
}
