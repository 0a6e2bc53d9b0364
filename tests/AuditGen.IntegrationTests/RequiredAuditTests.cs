using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;

namespace AuditGen.IntegrationTests;

/// <summary>[Audit(Required = true)]: the body never runs unaudited; everything else never breaks the call (issue 11).</summary>
public sealed class RequiredAuditTests
{
    public static TheoryData<string> Unwritable => ["no logger", "level disabled", "error level disabled", "provider failed"];

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void A_required_operation_is_refused_before_its_body_when_the_record_cannot_be_written(string reason)
    {
        var service = new ContextService(Create(reason));

        AuditUnavailableException refused = Assert.Throws<AuditUnavailableException>(() => service.RotateKey("signing"));

        Assert.Equal(0, service.CoreRuns);
        Assert.Equal("key_rotate", refused.Operation);
        Assert.Equal(reason == "error level disabled" ? "level disabled" : reason, refused.Reason);
        Assert.Equal(reason == "provider failed", refused.InnerException is InvalidOperationException);
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void An_awaitable_required_operation_is_refused_by_the_call_itself_before_any_task_exists(string reason)
    {
        var service = new ContextService(Create(reason));

        // Thrown synchronously, like an argument check: no task was started, so there is none to fault or observe.
        Assert.Throws<AuditUnavailableException>(() => { _ = service.ExportAsync(10); });

        Assert.Equal(0, service.CoreRuns);
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void An_operation_that_is_not_required_runs_whatever_the_logger_does(string reason)
    {
        var service = new ContextService(Create(reason));

        service.Ping();
        service.Refund("op", 1, 1m);

        Assert.Equal(2, service.CoreRuns);
    }

    [Fact]
    public void A_writable_required_operation_writes_its_intent_then_its_outcome_and_runs_once()
    {
        var logger = new ConfigurableLogger();
        var service = new ContextService(logger);

        using (AuditContext.Begin(new AuditContext { ActorId = "admin-1" }))
        {
            service.RotateKey("signing");
        }

        Assert.Equal(1, service.CoreRuns);
        Assert.Equal(["Started", "Succeeded"], logger.Records.Select(r => r.State.Single(p => p.Key == "Outcome").Value));
        Assert.All(logger.Records, r => Assert.Equal("admin-1", r.State.Single(p => p.Key == "Actor").Value));
        Assert.Equal(0.0, logger.Value(0, "DurationMs"));
    }

    private static ConfigurableLogger? Create(string reason) => reason switch
    {
        "no logger" => null,
        "level disabled" => new ConfigurableLogger(LogLevel.Critical),
        "error level disabled" => new ConfigurableLogger(LogLevel.Warning), // failures would be written, successes not
        _ => new ConfigurableLogger(throws: true),
    };
}
