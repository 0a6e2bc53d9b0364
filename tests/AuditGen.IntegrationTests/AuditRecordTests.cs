using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

public sealed class AuditRecordTests
{
    private readonly FakeLogger<AccountService> _logger = Logs.Create<AccountService>();
    private readonly AccountService _service;

    public AuditRecordTests() => _service = new AccountService(_logger);

    [Fact]
    public async Task Success_writes_one_record_with_the_documented_keys()
    {
        Assert.True(await _service.LoginAsync("ada@example.com", "s3cret-pass", attempt: 2));

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal("login", record.Id.Name);
        Assert.Equal(["Operation", "Outcome", "DurationMs", "Sensitive", "email", "password", "attempt", "{OriginalFormat}"], record.Keys());
        Assert.Equal("login", record.Value("Operation"));
        Assert.Equal(AuditOutcome.Succeeded, record.Value("Outcome"));
        Assert.True(double.Parse(record.Value("DurationMs")!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Equal("False", record.Value("Sensitive"));
        Assert.Equal("ada@example.com", record.Value("email"));
        Assert.Equal("2", record.Value("attempt"));
        Assert.StartsWith("login Succeeded in ", record.Message, StringComparison.Ordinal);
        Assert.EndsWith("ms (email: ada@example.com, password: [REDACTED], attempt: 2)", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_values_keep_their_types_for_structured_providers()
    {
        var logger = new StateCapturingLogger();

        await new AccountService(new LoggerAdapter<AccountService>(logger)).LoginAsync("ada@example.com", "s3cret-pass", attempt: 2);

        IReadOnlyList<KeyValuePair<string, object?>> state = Assert.Single(logger.States);
        Assert.IsType<string>(state[0].Value);
        Assert.IsType<double>(state[2].Value);
        Assert.IsType<bool>(state[3].Value);
        Assert.IsType<int>(state[6].Value);
        Assert.Equal("{Operation} {Outcome} in {DurationMs} ms (email: {email}, password: {password}, attempt: {attempt})", state[7].Value);
    }

    [Fact]
    public async Task Event_id_is_stable_and_can_be_set()
    {
        await _service.LoginAsync("a@b.c", "password", 1);
        await _service.TransferAsync("acc-1", 10m, CancellationToken.None);

        FakeLogRecord[] records = _logger.Collector.GetSnapshot().ToArray();
        Assert.Equal(1233071922, records[0].Id.Id);
        Assert.Equal(7001, records[1].Id.Id);
        Assert.Equal(LogLevel.Debug, records[1].Level);
    }

    [Fact]
    public async Task Failure_writes_an_error_record_and_rethrows_the_same_exception()
    {
        var thrown = new InvalidOperationException("database unavailable");
        _service.Behavior = async () =>
        {
            await Task.Yield();
            throw thrown;
        };

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(() => _service.ResetPasswordAsync("ada@example.com", "tok_123456"));

        Assert.Same(thrown, caught);
        Assert.Contains("ResetPasswordAsyncCore", caught.StackTrace, StringComparison.Ordinal);
        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        // A sensitive operation: the logger gets a stand-in with the type and stack trace, not the message.
        var logged = Assert.IsType<RedactedException>(record.Exception);
        Assert.Equal(typeof(InvalidOperationException).FullName, logged.OriginalType);
        Assert.Equal(thrown.StackTrace, logged.StackTrace);
        Assert.DoesNotContain("database unavailable", logged.ToString(), StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Failed, record.Value("Outcome"));
        Assert.Equal("True", record.Value("Sensitive"));
    }

    [Fact]
    public void Synchronous_failure_keeps_the_original_stack()
    {
        var request = new CloseRequest("moving", Confirmed: false, Password: "hunter2hunter2", Comment: "private");

        var caught = Assert.Throws<InvalidOperationException>(() => _service.Close("ada@example.com", request, request, "note"));

        Assert.Contains("CloseAccountGuard", caught.StackTrace, StringComparison.Ordinal);
        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);

        // Close redacts request.Password, so its failure record carries the stand-in: the same type name and stack.
        var logged = Assert.IsType<RedactedException>(record.Exception);
        Assert.Equal(typeof(InvalidOperationException).FullName, logged.OriginalType);
        Assert.Equal(caught.StackTrace, logged.StackTrace);
    }

    [Fact]
    public async Task Cancellation_is_recorded_as_canceled_not_as_an_error()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(async () => await _service.TransferAsync("acc-1", 5m, cancellation.Token));

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(AuditOutcome.Canceled, record.Value("Outcome"));
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Null(record.Exception);
    }

    [Fact]
    public async Task Canceled_task_that_completes_later_is_recorded_as_canceled()
    {
        var gate = new TaskCompletionSource();
        _service.Behavior = () => gate.Task;

        Task pending = _service.LoginAsync("ada@example.com", "pass-word", 1);
        Assert.Empty(_logger.Collector.GetSnapshot());
        gate.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Equal(AuditOutcome.Canceled, _logger.Single("login").Value("Outcome"));
    }

    [Fact]
    public async Task Record_is_written_when_a_pending_task_completes()
    {
        var gate = new TaskCompletionSource();
        _service.Behavior = () => gate.Task;

        Task<bool> pending = _service.LoginAsync("ada@example.com", "pass-word", 1);
        Assert.Empty(_logger.Collector.GetSnapshot());
        gate.SetResult();

        Assert.True(await pending);
        Assert.Equal(AuditOutcome.Succeeded, _logger.Single("login").Value("Outcome"));
    }

    [Fact]
    public void Ref_parameters_are_logged_as_passed_in_and_out_parameters_never()
    {
        string name = "ada";

        int length = _service.Rename(ref name, out bool changed, reason: "typo");

        Assert.Equal(3, length);
        Assert.True(changed);
        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal("ADA", name);
        Assert.Equal("ada", record.Value("name")); // what the caller asked for, like every other value of the record
        Assert.DoesNotContain("changed", record.Keys());
        Assert.Equal(AuditLog.RedactedText, record.Value("reason"));
    }

    [Fact]
    public async Task Interface_and_delegate_calls_are_audited_too()
    {
        IAccountService viaInterface = _service;
        Func<string, string, Task> viaDelegate = _service.ResetPasswordAsync;

        await viaInterface.ResetPasswordAsync("a@example.com", "tok_1");
        await viaDelegate("b@example.com", "tok_2");

        Assert.Equal(["a@example.com", "b@example.com"], _logger.Collector.GetSnapshot().Select(r => r.Value("email")));
    }
}
