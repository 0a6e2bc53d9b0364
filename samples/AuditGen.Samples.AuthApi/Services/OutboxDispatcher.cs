using AuditGen.Samples.AuthApi.Data;

namespace AuditGen.Samples.AuthApi.Services;

/// <summary>"Sends" outbox messages: a stand-in for an e-mail/SMS gateway that marks them delivered. It never logs payloads.</summary>
public sealed partial class OutboxDispatcher(Database database, TimeProvider time, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DispatchAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogDispatchFailed(logger, exception);
            }
        }
    }

    [TrackPerformance(1000)]
    private partial Task<int> DispatchAsync(CancellationToken cancellationToken);

    private async Task<int> DispatchAsyncCore(CancellationToken cancellationToken)
    {
        int delivered = await database.ExecuteAsync(
            "UPDATE outbox SET sent_utc = $now WHERE sent_utc IS NULL",
            cancellationToken,
            ("$now", time.GetUtcNow().ToString("O")));
        if (delivered > 0)
        {
            LogDelivered(logger, delivered);
        }

        return delivered;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Delivered {Count} outbox messages")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
