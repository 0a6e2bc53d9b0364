using AuditGen.Samples.AuthApi.Data;

namespace AuditGen.Samples.AuthApi.Services;

/// <summary>
/// Messages to users (reset links, one-time codes), written in the same database and delivered by
/// <see cref="OutboxDispatcher"/>. Each write is audited; the payload is the secret itself, so it is [Sensitive].
/// </summary>
public sealed partial class Outbox(Database database, TimeProvider time, ILogger<Outbox> logger)
{
    [Audit("outbox_enqueue", Level = LogLevel.Debug)]
    public partial Task EnqueueAsync(string recipient, string kind, [Sensitive] string payload, CancellationToken cancellationToken);

    private Task<int> InsertAsync(string recipient, string kind, string payload, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO outbox (recipient, kind, payload, created_utc) VALUES ($recipient, $kind, $payload, $created)",
            cancellationToken,
            ("$recipient", recipient),
            ("$kind", kind),
            ("$payload", payload),
            ("$created", time.GetUtcNow().ToString("O")));

    private Task EnqueueAsyncCore(string recipient, string kind, string payload, CancellationToken cancellationToken) =>
        InsertAsync(recipient, kind, payload, cancellationToken);
}
