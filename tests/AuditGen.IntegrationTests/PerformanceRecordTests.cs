using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

public sealed class PerformanceRecordTests
{
    private readonly FakeLogger<AccountService> _logger = Logs.Create<AccountService>();

    [Fact]
    public void Slow_call_writes_a_warning_with_duration_and_threshold()
    {
        var service = new AccountService(_logger);

        Assert.Equal(60, service.Compute(60));

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal("AccountService.Compute.slow", record.Id.Name);
        Assert.Equal("AccountService.Compute", record.Value("Operation"));
        Assert.Equal("40", record.Value("ThresholdMs"));
        Assert.True(double.Parse(record.Value("DurationMs")!, System.Globalization.CultureInfo.InvariantCulture) >= 40);
        Assert.Matches(@"^AccountService\.Compute took \d+(\.\d+)? ms, at or over its 40 ms threshold$", record.Message);
    }

    [Fact]
    public void Fast_call_writes_nothing_at_warning_or_above()
    {
        var service = new AccountService(_logger);

        service.Compute(0);

        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Audited_and_tracked_method_writes_only_the_audit_record_when_fast()
    {
        var service = new AccountService(_logger);

        await service.ResetPasswordAsync("ada@example.com", "tok_abc");

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
    }

    [Fact]
    public async Task Audited_and_tracked_method_writes_both_records_when_slow()
    {
        var service = new AccountService(_logger) { Behavior = () => Task.Delay(550) };

        await service.ResetPasswordAsync("ada@example.com", "tok_abc");

        Assert.Equal(
            [(LogLevel.Information, "password_reset"), (LogLevel.Warning, "password_reset.slow")],
            _logger.Collector.GetSnapshot().Select(r => (r.Level, r.Id.Name)));
    }
}
