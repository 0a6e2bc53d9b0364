using AuditGen.Samples.AuthApi.Data;

namespace AuditGen.Samples.AuthApi.Services;

/// <summary>Messages to users (reset links, one-time codes), written in the same database and delivered by <see cref="OutboxDispatcher"/>.</summary>
public sealed class Outbox(Database database, TimeProvider time)
{
    public Task EnqueueAsync(string recipient, string kind, string payload, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO outbox (recipient, kind, payload, created_utc) VALUES ($recipient, $kind, $payload, $created)",
            cancellationToken,
            ("$recipient", recipient),
            ("$kind", kind),
            ("$payload", payload),
            ("$created", time.GetUtcNow().ToString("O")));
}
