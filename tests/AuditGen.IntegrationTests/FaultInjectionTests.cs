using System.Diagnostics;
using System.Diagnostics.Metrics;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using AuditGen.Runtime;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

/// <summary>
/// Every way a wrapper was seen to lose, duplicate or misplace a record, or to break the call it wraps, injected on
/// purpose against a healthy provider that counts what arrives.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class FaultInjectionTests
{
    private readonly FakeLogger _logger = Logs.Create<FaultyService>();

    [Fact]
    public void An_exception_from_Cores_finally_after_a_failure_still_ends_the_call_exactly_once()
    {
        var cleanup = new TimeoutException("cleanup failed too");
        var service = new FaultyService(_logger) { Cleanup = () => throw cleanup };
        using var calls = new MetricCounter(AuditTelemetry.CallsInstrumentName);

        Assert.Same(cleanup, Assert.Throws<TimeoutException>(() => service.Work(-1)));

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(AuditOutcome.Failed, record.Value("Outcome"));
        Assert.Same(cleanup, record.Exception);
        Assert.Equal(1, calls.Total);
    }

    [Fact]
    public void The_failure_record_is_written_after_Cores_finally_blocks_and_its_duration_includes_them()
    {
        bool cleanedUp = false;
        var service = new FaultyService(_logger)
        {
            Cleanup = () =>
            {
                Thread.Sleep(30);
                cleanedUp = true;
            },
        };
        bool cleanedUpWhenLogged = false;
        var probe = new DelegatingLogger(_logger, () => cleanedUpWhenLogged = cleanedUp);

        Assert.Throws<InvalidOperationException>(() => new FaultyService(probe) { Cleanup = service.Cleanup }.Work(-1));

        Assert.True(cleanedUpWhenLogged);
        Assert.True(double.Parse(_logger.Single("work").Value("DurationMs")!, System.Globalization.CultureInfo.InvariantCulture) >= 29);
    }

    [Fact]
    public void Failure_and_slow_call_records_are_written_when_the_success_level_is_off()
    {
        var logger = new FakeLogger<FaultyService>();
        logger.ControlLevel(LogLevel.Trace, false);
        logger.ControlLevel(LogLevel.Debug, false);
        logger.ControlLevel(LogLevel.Information, false);
        var service = new FaultyService(logger);

        Assert.Throws<InvalidOperationException>(() => service.Work(-1));
        service.Work(60);

        Assert.Equal(
            [(LogLevel.Error, "work"), (LogLevel.Warning, "work.slow")],
            logger.Collector.GetSnapshot().Select(r => (r.Level, r.Id.Name)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Records_carry_the_calls_own_activity_and_the_callers_activity_is_restored(bool awaiting)
    {
        using var listener = Listen();
        Activity? seenByRecord = null;
        var service = new FaultyService(new DelegatingLogger(_logger, () => seenByRecord = Activity.Current))
        {
            TaskBehavior = awaiting ? async () => await Task.Yield() : () => Task.CompletedTask,
        };
        using var caller = new Activity("caller").Start();

        await service.WorkAsync();

        // Under xUnit's SynchronizationContext the caller's continuation can run inline just before the record is written
        // (README, "Awaitable methods"): what this test checks is which activity the record sees, not that order.
        SpinWait.SpinUntil(() => Volatile.Read(ref seenByRecord) is not null, TimeSpan.FromSeconds(5));
        Assert.Same(caller, Activity.Current);
        Assert.NotNull(seenByRecord);
        Assert.Equal("work_async", seenByRecord!.OperationName);
        Assert.Same(caller, seenByRecord.Parent);
    }

    [Theory]
    [InlineData("started")]
    [InlineData("sample")]
    public void A_throwing_activity_listener_never_breaks_the_call(string where)
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AuditLog.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                where == "sample" ? throw new InvalidOperationException("sampler broke") : ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = _ => throw new InvalidOperationException("listener broke"),
        };
        ActivitySource.AddActivityListener(listener);
        using var dropped = new MetricCounter(AuditTelemetry.DroppedInstrumentName);
        Activity? before = Activity.Current;

        Assert.Equal(5, new FaultyService(_logger).Work(5));

        Assert.Same(before, Activity.Current);
        Assert.Equal(AuditOutcome.Succeeded, _logger.Single("work").Value("Outcome"));
        Assert.Equal(1, dropped.Total);
    }

    [Fact]
    public void A_static_initializer_may_call_an_audited_method_of_its_own_type()
    {
        Assert.Equal(7, EarlyConfig.Default);

        var log = (FakeLogger)EarlyConfig.Log;
        Assert.Equal("load_config", log.Single("load_config").Value("Operation"));
    }

    [Fact]
    public void Listeners_that_throw_while_AuditGens_telemetry_is_created_never_break_audited_calls()
    {
        // A fresh copy of the runtime, so that its telemetry is created while the throwing listeners are registered.
        // Armed only once registered: registering calls them for the sources and instruments that already exist.
        var context = new System.Runtime.Loader.AssemblyLoadContext("fresh-auditgen", isCollectible: true);
        bool armed = false;
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => armed && source.Name == AuditLog.TelemetryName ? throw new InvalidOperationException("listener broke") : false,
        };
        ActivitySource.AddActivityListener(activities);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (armed && instrument.Meter.Name == AuditLog.TelemetryName)
                {
                    throw new InvalidOperationException("meter listener broke");
                }
            },
        };
        meters.Start();
        armed = true;
        try
        {
            System.Reflection.Assembly runtime = context.LoadFromAssemblyPath(typeof(AuditLog).Assembly.Location);
            Type telemetry = runtime.GetType("AuditGen.Runtime.AuditTelemetry")!;

            object? listened = telemetry.GetProperty("IsListenedTo")!.GetValue(null);

            Assert.Equal(false, listened);
        }
        finally
        {
            armed = false;
            context.Unload();
        }
    }

    [Fact]
    public void A_disposed_fallback_factory_never_breaks_a_static_call()
    {
        AuditLog.UseLoggerFactory(new DisposedFactory());
        using var dropped = new MetricCounter(AuditTelemetry.DroppedInstrumentName);
        try
        {
            Assert.Equal(6, StaticJobs.Cleanup(3));
            Assert.Equal(1, dropped.Total);
        }
        finally
        {
            AuditLog.UseLoggerFactory(null);
        }
    }

    [Fact]
    public void A_throwing_LogProperties_getter_drops_only_the_record()
    {
        using var dropped = new MetricCounter(AuditTelemetry.DroppedInstrumentName);

        new FaultyService(_logger).Props(new Exploding(), 3);

        Assert.Empty(_logger.Collector.GetSnapshot());
        Assert.Equal(1, dropped.Total);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_task_with_several_exceptions_comes_back_as_it_is(bool pending)
    {
        var gate = new TaskCompletionSource();
        Task faulted = Task.WhenAll(
            pending ? gate.Task.ContinueWith(_ => throw new InvalidOperationException("one"), TaskScheduler.Default) : Task.FromException(new InvalidOperationException("one")),
            Task.FromException(new TimeoutException("two")));
        var service = new FaultyService(_logger) { TaskBehavior = () => faulted };

        Task returned = service.WorkAsync();
        gate.SetResult();
        await Assert.ThrowsAnyAsync<Exception>(() => returned);

        Assert.Same(faulted, returned);
        Assert.Equal(2, returned.Exception!.InnerExceptions.Count);
        Assert.Equal(AuditOutcome.Failed, _logger.Single("work_async").Value("Outcome"));
    }

    [Fact]
    public void A_Core_that_returns_a_null_task_gets_it_back_and_the_call_is_recorded_as_failed()
    {
        var service = new FaultyService(_logger) { TaskBehavior = () => null! };

        Assert.Null(service.WorkAsync());

        Assert.Equal(AuditOutcome.Failed, _logger.Single("work_async").Value("Outcome"));
    }

    [Fact]
    public void Parameters_named_like_the_records_keys_cannot_forge_them()
    {
        new FaultyService(_logger).Forge("Failed", "drop_tables", -1);

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(AuditOutcome.Succeeded, record.Value("Outcome"));
        Assert.Equal("forge", record.Value("Operation"));
        Assert.Equal("Failed", record.Value("Outcome_"));
        Assert.Equal("drop_tables", record.Value("operation_"));
        Assert.Single(record.State(), p => p.Key == "Outcome");
    }

    [Fact]
    public async Task A_pending_value_task_is_recorded_once_and_its_result_is_kept()
    {
        Assert.Equal(42, await new FaultyService(_logger).WorkValueAsync(42));

        SpinWait.SpinUntil(() => _logger.Collector.Count > 0, TimeSpan.FromSeconds(5));
        Assert.Equal(AuditOutcome.Succeeded, _logger.Single("work_value_async").Value("Outcome"));
    }

    private static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AuditLog.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Forwards to a logger and runs a probe at the moment a record is written.</summary>
    private sealed class DelegatingLogger(ILogger inner, Action onLog) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            onLog();
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }

    private sealed class DisposedFactory : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider) => throw new ObjectDisposedException(nameof(DisposedFactory));

        public ILogger CreateLogger(string categoryName) => throw new ObjectDisposedException(nameof(DisposedFactory));

        public void Dispose()
        {
        }
    }

    /// <summary>Sums one of AuditGen's counters while it lives.</summary>
    private sealed class MetricCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public MetricCounter(string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == AuditLog.TelemetryName && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
