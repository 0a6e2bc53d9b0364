using System.Diagnostics;
using System.Diagnostics.Metrics;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests;

[Collection(SerialCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_call_produces_an_activity_named_after_the_operation_with_error_status_on_failure()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AuditLog.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var service = new AccountService(Logs.Create<AccountService>());
        Activity? before = Activity.Current;

        await service.LoginAsync("ada@example.com", "long-password", 1);
        service.Behavior = async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("boom");
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.ResetPasswordAsync("ada@example.com", "tok"));

        Assert.Same(before, Activity.Current);
        Assert.Equal(["login", "password_reset"], activities.Select(a => a.OperationName));
        Assert.Equal(ActivityStatusCode.Unset, activities[0].Status);
        Assert.Equal(ActivityStatusCode.Error, activities[1].Status);
        Assert.Equal(AuditOutcome.Failed, activities[1].GetTagItem("auditgen.outcome"));
    }

    [Fact]
    public async Task Duration_histogram_and_call_counter_are_tagged_with_operation_and_outcome()
    {
        var measurements = new List<(string Instrument, double Value, string? Operation, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AuditLog.TelemetryName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Tag(tags, "operation"), Tag(tags, "outcome"))));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Tag(tags, "operation"), Tag(tags, "outcome"))));
        listener.Start();
        var service = new AccountService(Logs.Create<AccountService>());

        await service.LoginAsync("ada@example.com", "long-password", 1);
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await service.TransferAsync("a", 1m, canceled.Token));

        Assert.Contains(measurements, m => m.Instrument == AuditTelemetry.DurationInstrumentName && m.Operation == "login" && m.Outcome == AuditOutcome.Succeeded && m.Value >= 0);
        Assert.Contains(measurements, m => m.Instrument == AuditTelemetry.CallsInstrumentName && m.Operation == "login" && m.Outcome == AuditOutcome.Succeeded && m.Value == 1);
        Assert.Contains(measurements, m => m.Instrument == AuditTelemetry.CallsInstrumentName && m.Operation == "transfer" && m.Outcome == AuditOutcome.Canceled);
    }

    [Fact]
    public void Metrics_are_recorded_even_when_logging_is_off()
    {
        var calls = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AuditLog.TelemetryName && instrument.Name == AuditTelemetry.CallsInstrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => calls.Add(Tag(tags, "operation")));
        listener.Start();

        new HotPath(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).Add(1, 2, "key");

        Assert.Equal(["add"], calls);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
