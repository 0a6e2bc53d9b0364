using AuditGen.Samples.AuthApi.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuditGen.Samples.AuthApi.Infrastructure;

/// <summary>Healthy when the database answers a query; unhealthy when it does not.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            long users = await database.ScalarAsync<long>("SELECT COUNT(*) FROM users", cancellationToken);
            return HealthCheckResult.Healthy($"{users} accounts");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}

/// <summary>Degraded when messages wait in the outbox for more than a minute: users are not getting their codes.</summary>
public sealed class OutboxHealthCheck(Database database, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        string cutoff = time.GetUtcNow().AddMinutes(-1).ToString("O");
        long stuck = await database.ScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE sent_utc IS NULL AND created_utc < $cutoff", cancellationToken, ("$cutoff", cutoff));
        return stuck == 0 ? HealthCheckResult.Healthy("Outbox is flowing.") : HealthCheckResult.Degraded($"{stuck} messages waiting for over a minute.");
    }
}
