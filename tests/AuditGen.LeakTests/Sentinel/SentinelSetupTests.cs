#pragma warning disable AG1001, AG1004, AG1006 // secrets are logged on purpose
#pragma warning disable CA1848, CA2254 // plain ILogger calls, as the code the sentinel guards is written

using AuditGen.LeakSentinel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>How the sentinel is set up: the providers' filter rules, keyed by alias or type in configuration
/// (<c>Logging:Console:LogLevel</c>), still apply to each provider; the sentinel wraps the container's factory once,
/// whatever order it is added in; and what the container built, it still disposes.</summary>
[Collection(SerialCollection.Name)]
public sealed class SentinelSetupTests
{
    [Fact]
    public void Provider_filter_rules_from_configuration_still_apply()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Console:LogLevel:Default"] = "Warning", // by alias
            ["Logging:List:LogLevel:Noisy"] = "Error", // by alias and category
        }).Build();
        var list = new ListProvider();
        using var console = new JsonConsoleCapture(b => b
            .AddAuditGenLeakSentinel() // before the providers: order does not matter
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddProvider(list));

        ILogger app = console.Factory.CreateLogger("App");
        ILogger noisy = console.Factory.CreateLogger("Noisy");
        app.LogInformation("info with password={Pw}", "filter-secret-1");
        app.LogWarning("warning with password={Pw}", "filter-secret-2");
        noisy.LogWarning("noisy warning");
        string output = console.Output();

        Assert.DoesNotContain("info with", output, StringComparison.Ordinal); // Logging:Console:LogLevel applies
        Assert.Contains("warning with password=[REDACTED:password]", output, StringComparison.Ordinal);
        Assert.Contains(list.Records, r => r.Message == "info with password=[REDACTED:password]"); // the list provider has its own rule
        Assert.DoesNotContain(list.Records, r => r.Category == "Noisy");
        Assert.DoesNotContain("filter-secret", output + string.Join("\n", list.Records), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_keyed_by_provider_type_still_applies()
    {
        using var console = new JsonConsoleCapture(b => b.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Error).AddAuditGenLeakSentinel());

        console.Factory.CreateLogger("App").LogWarning("typed rule warning");
        console.Factory.CreateLogger("App").LogError("typed rule error");
        string output = console.Output();

        Assert.DoesNotContain("typed rule warning", output, StringComparison.Ordinal);
        Assert.Contains("typed rule error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_container_resolves_loggers_through_the_sentinel_once_and_disposes_what_it_built()
    {
        var list = new ListProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(list).AddAuditGenLeakSentinel().AddAuditGenLeakSentinel(o => o.WarnOncePerCategory = false));
        ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<SentinelLoggerFactory>(provider.GetRequiredService<ILoggerFactory>());
        Assert.Single(services, d => d.ServiceType == typeof(ILoggerFactory));
        provider.GetRequiredService<ILogger<SentinelSetupTests>>().LogInformation("token={Token}", "di-secret");
        LoggerFactory inner = provider.GetRequiredService<LoggerFactory>();
        provider.Dispose();

        Assert.Equal("token=[REDACTED:token]", Assert.Single(list.Records).Message); // the second call only set options: no warning
        Assert.Throws<ObjectDisposedException>(() => inner.AddProvider(new ListProvider()));
    }

    [Fact]
    public void Without_logging_registered_it_says_what_to_do()
    {
        var builder = new BareBuilder(new ServiceCollection());
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddAuditGenLeakSentinel());
        Assert.Contains("AddLogging", error.Message, StringComparison.Ordinal);
    }

    private sealed class BareBuilder(IServiceCollection services) : ILoggingBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
