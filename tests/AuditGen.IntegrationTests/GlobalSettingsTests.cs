using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

[Collection(SerialCollection.Name)]
public sealed class GlobalSettingsTests : IDisposable
{
    public void Dispose()
    {
        AuditLog.UseLoggerFactory(null);
        AuditLog.UseMaskRedaction();
    }

    [Fact]
    public void Static_methods_log_through_the_fallback_factory_under_the_type_name()
    {
        var logger = Logs.Create<object>();
        var provider = new SingleLoggerProvider(logger);
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        AuditLog.UseLoggerFactory(factory);

        Assert.Equal(14, StaticJobs.Cleanup(7));

        Assert.Equal(["AuditGen.IntegrationTests.Services.StaticJobs"], provider.Categories);
        Assert.Equal("7", logger.Single("nightly_cleanup").Value("days"));
    }

    [Fact]
    public void Static_methods_without_a_fallback_factory_run_and_log_nothing()
    {
        AuditLog.UseLoggerFactory(null);

        Assert.Equal(4, StaticJobs.Cleanup(2));
    }

    [Fact]
    public void Changing_the_fallback_factory_takes_effect_on_the_next_call()
    {
        var first = Logs.Create<object>();
        var second = Logs.Create<object>();
        using var firstFactory = LoggerFactory.Create(b => b.AddProvider(new SingleLoggerProvider(first)));
        using var secondFactory = LoggerFactory.Create(b => b.AddProvider(new SingleLoggerProvider(second)));

        AuditLog.UseLoggerFactory(firstFactory);
        StaticJobs.Cleanup(1);
        AuditLog.UseLoggerFactory(secondFactory);
        StaticJobs.Cleanup(2);

        Assert.Equal("1", first.Single("nightly_cleanup").Value("days"));
        Assert.Equal("2", second.Single("nightly_cleanup").Value("days"));
    }

    [Fact]
    public async Task Keyed_hash_redaction_never_hashes_credentials()
    {
        AuditLog.UseKeyedHashRedaction(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var logger = Logs.Create<AccountService>();
        var service = new AccountService(logger);

        await service.ResetPasswordAsync("ada@example.com", "tok_same");
        await service.ResetPasswordAsync("ada@example.com", "tok_other");

        // A token is a credential: a hash of it would let anyone who can get a guess logged confirm the guess.
        Assert.All(logger.Collector.GetSnapshot(), r => Assert.Equal(AuditLog.RedactedText, r.Value("token")));
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), r => r.Message.Contains("tok_", StringComparison.Ordinal) || r.Message.Contains("hmac:", StringComparison.Ordinal));
    }

    [Fact]
    public void Keyed_hash_rejects_short_keys()
    {
        Assert.Throws<ArgumentException>(() => AuditLog.UseKeyedHashRedaction(new byte[8]));
    }
}
