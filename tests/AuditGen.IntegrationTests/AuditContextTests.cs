using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;

namespace AuditGen.IntegrationTests;

/// <summary>The audit context in records: who, from where, which request (issue 11).</summary>
[Collection(SerialCollection.Name)]
public sealed class AuditContextTests : IDisposable
{
    public void Dispose() => AuditLog.UseClientAddressStyle(ClientAddressStyle.Truncated);

    [Fact]
    public void Without_a_context_a_record_has_its_own_keys_the_category_and_the_values_only()
    {
        var logger = new ConfigurableLogger();

        new ContextService(logger).Refund("op-7", 1001, 12.5m);

        Assert.Equal(["Operation", "Outcome", "DurationMs", "Sensitive", "Category", "Actor", "Target", "amount", "{OriginalFormat}"], logger.Keys(0));
        Assert.Equal("data_change", logger.Value(0, "Category"));
        Assert.Equal("op-7", logger.Value(0, "Actor"));
        Assert.Equal(1001, logger.Value(0, "Target"));
    }

    [Fact]
    public void A_context_adds_actor_tenant_hashed_session_truncated_address_and_request_id()
    {
        var logger = new ConfigurableLogger();
        var context = new AuditContext { ActorId = "u-42", TenantId = "acme", ClientAddress = "203.0.113.77", RequestId = "req-1" };
        context.SetSession("session-cookie-value-8f2c");

        using (AuditContext.Begin(context))
        {
            new ContextService(logger).Ping();
        }

        Assert.Equal(["Operation", "Outcome", "DurationMs", "Sensitive", "Actor", "Tenant", "Session", "ClientAddress", "RequestId", "{OriginalFormat}"], logger.Keys(0));
        Assert.Equal("u-42", logger.Value(0, "Actor"));
        Assert.Equal("acme", logger.Value(0, "Tenant"));
        Assert.Matches("^sha256:[0-9a-f]{16}$", (string)logger.Value(0, "Session")!);
        Assert.Equal("203.0.113.0", logger.Value(0, "ClientAddress"));
        Assert.Equal("req-1", logger.Value(0, "RequestId"));
        Assert.DoesNotContain("session-cookie-value", string.Join("|", logger.Records[0].State.Select(p => p.Value)), StringComparison.Ordinal);
        Assert.EndsWith("; actor: u-42; client: 203.0.113.0", logger.Records[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_a_login_sets_in_its_body_is_in_its_own_record()
    {
        var logger = new ConfigurableLogger();

        using (AuditContext.Begin(new AuditContext { ClientAddress = "2001:db8:85a3:1234::7" }))
        {
            Assert.True(await new ContextService(logger).LoginAsync("ada"));
        }

        Assert.Equal("u-3", logger.Value(0, "Actor"));
        Assert.Equal("2001:db8:85a3::", logger.Value(0, "ClientAddress"));
        Assert.Equal("authentication", logger.Value(0, "Category"));
    }

    [Fact]
    public void A_null_actor_parameter_leaves_the_actor_to_the_context()
    {
        var logger = new ConfigurableLogger();

        using (AuditContext.Begin(new AuditContext { ActorId = "u-42" }))
        {
            new ContextService(logger).Impersonate(null, "acct-1", "support ticket");
            new ContextService(logger).Impersonate("admin-7", "acct-1", "support ticket");
        }

        new ContextService(logger).Impersonate(null, "acct-1", "no context");
        Assert.Equal("u-42", logger.Value(0, "Actor"));
        Assert.Equal("admin-7", logger.Value(1, "Actor"));
        Assert.Null(logger.Value(2, "Actor"));
        Assert.All(logger.Records, r => Assert.Single(r.State, p => p.Key == "Actor"));
    }

    [Fact]
    public void A_sensitive_operation_still_names_its_actor_and_target_but_redacts_the_rest()
    {
        var logger = new ConfigurableLogger();

        new ContextService(logger).Impersonate("admin-7", "acct-1", "support ticket");

        Assert.Equal("admin-7", logger.Value(0, "Actor"));
        Assert.Equal("acct-1", logger.Value(0, "Target"));
        Assert.Equal("[REDACTED]", logger.Value(0, "reason"));
    }

    [Fact]
    public void Scopes_disposed_out_of_order_never_bring_back_a_context_whose_scope_ended()
    {
        var one = new AuditContext { RequestId = "one" };
        var two = new AuditContext { RequestId = "two" };

        AuditContextScope first = AuditContext.Begin(one);
        AuditContextScope second = AuditContext.Begin(two);
        first.Dispose();
        Assert.Same(two, AuditContext.Current);
        second.Dispose();
        Assert.Null(AuditContext.Current);

        using (AuditContext.Begin(one))
        {
            AuditContextScope inner = AuditContext.Begin(two);
            inner.Dispose();
            inner.Dispose();
            Assert.Same(one, AuditContext.Current);
        }

        Assert.Null(AuditContext.Current);
        default(AuditContextScope).Dispose();
    }

    [Fact]
    public async Task Work_started_under_a_context_keeps_it_after_the_scope_ends()
    {
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        Task<string?> background;
        using (AuditContext.Begin(new AuditContext { RequestId = "request-1" }))
        {
            background = Task.Run(async () =>
            {
                started.SetResult();
                await release.Task;
                return AuditContext.Current?.RequestId;
            });
            await started.Task;
        }

        release.SetResult();
        Assert.Equal("request-1", await background);
    }

    [Theory]
    [InlineData("203.0.113.7", "::ffff:203.0.113.7")]
    [InlineData("2001:db8::1", "2001:0DB8:0000:0000::0001")]
    [InlineData("fe80::1%3", "fe80::1")]
    public void Pseudonymized_addresses_correlate_whatever_their_spelling(string first, string second)
    {
        var logger = new ConfigurableLogger();
        AuditLog.UseKeyedHashRedaction(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        AuditLog.UseClientAddressStyle(ClientAddressStyle.Pseudonymized);
        try
        {
            foreach (string address in new[] { first, second, "198.51.100.1" })
            {
                using (AuditContext.Begin(new AuditContext { ClientAddress = address }))
                {
                    new ContextService(logger).Ping();
                }
            }
        }
        finally
        {
            AuditLog.UseMaskRedaction();
        }

        Assert.StartsWith("hmac:", (string)logger.Value(0, "ClientAddress")!, StringComparison.Ordinal);
        Assert.Equal(logger.Value(0, "ClientAddress"), logger.Value(1, "ClientAddress"));
        Assert.NotEqual(logger.Value(0, "ClientAddress"), logger.Value(2, "ClientAddress"));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("127.1")]
    [InlineData("0x7f000001")]
    [InlineData("1.2.3.4.5")]
    [InlineData("")]
    public void Text_no_connection_reports_as_an_address_is_masked(string address)
    {
        var logger = new ConfigurableLogger();

        foreach (ClientAddressStyle style in new[] { ClientAddressStyle.Truncated, ClientAddressStyle.Pseudonymized })
        {
            AuditLog.UseClientAddressStyle(style);
            using (AuditContext.Begin(new AuditContext { ClientAddress = address }))
            {
                new ContextService(logger).Ping();
            }
        }

        Assert.All(logger.Records, r => Assert.Equal("[REDACTED]", r.State.Single(p => p.Key == "ClientAddress").Value));
    }

    [Fact]
    public void An_actor_parameter_wins_over_the_context_and_the_key_is_written_once()
    {
        var logger = new ConfigurableLogger();

        using (AuditContext.Begin(new AuditContext { ActorId = "u-42" }))
        {
            new ContextService(logger).Refund("op-7", 1001, 1m);
        }

        Assert.Single(logger.Keys(0), k => k == "Actor");
        Assert.Equal("op-7", logger.Value(0, "Actor"));
    }

    [Theory]
    [InlineData(ClientAddressStyle.Full, "203.0.113.77", "203.0.113.77")]
    [InlineData(ClientAddressStyle.Truncated, "::ffff:203.0.113.77", "203.0.113.0")]
    [InlineData(ClientAddressStyle.Truncated, "not an address\n", "[REDACTED]")]
    [InlineData(ClientAddressStyle.Pseudonymized, "203.0.113.77", "[REDACTED]")]
    [InlineData(ClientAddressStyle.Full, "evil\nline", "evil\\nline")]
    public void The_client_address_is_written_in_the_configured_style(ClientAddressStyle style, string address, string expected)
    {
        var logger = new ConfigurableLogger();
        AuditLog.UseClientAddressStyle(style);

        using (AuditContext.Begin(new AuditContext { ClientAddress = address }))
        {
            new ContextService(logger).Ping();
        }

        Assert.Equal(expected, logger.Value(0, "ClientAddress"));
    }

    [Fact]
    public void Application_code_formats_an_address_exactly_as_the_records_do()
    {
        Assert.Equal("203.0.113.0", AuditLog.FormatClientAddress("203.0.113.77"));
        Assert.Equal("[REDACTED]", AuditLog.FormatClientAddress("42"));
        Assert.Null(AuditLog.FormatClientAddress(null));
        AuditLog.UseClientAddressStyle(ClientAddressStyle.Full);
        Assert.Equal("203.0.113.77", AuditLog.FormatClientAddress("::ffff:203.0.113.77"));
        AuditLog.UseClientAddressStyle(ClientAddressStyle.Omitted);
        Assert.Null(AuditLog.FormatClientAddress("203.0.113.77"));
    }

    [Fact]
    public void The_omitted_style_writes_no_address_key()
    {
        var logger = new ConfigurableLogger();
        AuditLog.UseClientAddressStyle(ClientAddressStyle.Omitted);

        using (AuditContext.Begin(new AuditContext { ClientAddress = "203.0.113.77", RequestId = "r" }))
        {
            new ContextService(logger).Ping();
        }

        Assert.DoesNotContain("ClientAddress", logger.Keys(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditLog.UseClientAddressStyle((ClientAddressStyle)9));
    }

    [Fact]
    public void Control_characters_in_context_ids_cannot_forge_lines()
    {
        var logger = new ConfigurableLogger();

        using (AuditContext.Begin(new AuditContext { ActorId = "u-1\nOutcome: Succeeded", RequestId = "r\r\n" }))
        {
            new ContextService(logger).Ping();
        }

        Assert.DoesNotContain('\n', (string)logger.Value(0, "Actor")!);
        Assert.DoesNotContain('\n', logger.Records[0].Message);
    }

    [Fact]
    public async Task A_context_flows_into_awaited_calls_and_is_gone_after_its_scope()
    {
        var logger = new ConfigurableLogger();
        var service = new ContextService(logger);

        using (AuditContext.Begin(new AuditContext { RequestId = "outer" }))
        {
            await Task.Run(() => service.Ping());
            using (AuditContext.Begin(new AuditContext { RequestId = "inner" }))
            {
                service.Ping();
            }

            service.Ping();
        }

        service.Ping();
        Assert.Equal(["outer", "inner", "outer"], Enumerable.Range(0, 3).Select(i => logger.Value(i, "RequestId")));
        Assert.DoesNotContain("RequestId", logger.Keys(3));
        Assert.Null(AuditContext.Current);
    }

    [Fact]
    public async Task Concurrent_flows_each_see_their_own_context()
    {
        var loggers = Enumerable.Range(0, 64).Select(_ => new ConfigurableLogger()).ToArray();

        await Task.WhenAll(loggers.Select((logger, i) => Task.Run(async () =>
        {
            using (AuditContext.Begin(new AuditContext { ActorId = "u-" + i }))
            {
                await Task.Yield();
                await new ContextService(logger).LoginAsync(new string('x', i));
                new ContextService(logger).Ping();
            }
        })));

        Assert.All(loggers.Select((logger, i) => (logger, i)), pair =>
        {
            Assert.Equal("u-" + pair.i, pair.logger.Value(0, "Actor"));
            Assert.Equal("u-" + pair.i, pair.logger.Value(1, "Actor"));
        });
    }
}
