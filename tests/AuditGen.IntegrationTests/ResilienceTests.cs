using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;

namespace AuditGen.IntegrationTests;

public sealed class ResilienceTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_throwing_provider_never_breaks_a_successful_call(bool throwFromIsEnabled)
    {
        var service = new AccountService(new LoggerAdapter<AccountService>(new ThrowingLogger(throwFromIsEnabled)));

        Assert.True(await service.LoginAsync("ada@example.com", "long-password", 1));
        Assert.Equal(60, service.Compute(60));
    }

    [Fact]
    public async Task A_throwing_provider_never_replaces_the_business_exception()
    {
        var business = new TimeoutException("upstream timed out");
        var service = new AccountService(new LoggerAdapter<AccountService>(new ThrowingLogger(throwFromIsEnabled: false)))
        {
            Behavior = () => Task.FromException(business),
        };

        Assert.Same(business, await Assert.ThrowsAsync<TimeoutException>(() => service.ResetPasswordAsync("a@b.c", "tok")));
    }

    [Fact]
    public void A_null_logger_is_tolerated()
    {
        var service = new AccountService(null!);

        Assert.Equal(0, service.Compute(0));
    }
}
