using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

public sealed class RedactionTests
{
    private const string Password = "P@ssw0rd-7f3a9c";
    private const string Token = "tok_5b1e8d2f9a";
    private const string Comment = "comment-4e7d1a";

    private readonly FakeLogger<AccountService> _logger = Logs.Create<AccountService>();

    [Fact]
    public async Task Secrets_never_appear_in_any_message_state_value_or_scope()
    {
        var service = new AccountService(_logger);
        var request = new CloseRequest("moving away", Confirmed: true, Password: Password, Comment: Comment);
        Assert.Contains(Password, request.ToString(), StringComparison.Ordinal);

        await service.LoginAsync("ada@example.com", Password, 1);
        await service.ResetPasswordAsync("ada@example.com", Token);
        service.Close("ada@example.com", request, request, internalNote: Token);
        service.Behavior = () => throw new InvalidOperationException("boom");
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.ResetPasswordAsync("ada@example.com", Token));

        IReadOnlyList<FakeLogRecord> records = _logger.Collector.GetSnapshot();
        Assert.Equal(4, records.Count);
        foreach (FakeLogRecord record in records)
        {
            var texts = new List<string?> { record.Message, record.State?.ToString() };
            texts.AddRange(record.State().Select(p => p.Value));
            texts.AddRange(record.Scopes.Select(s => s?.ToString()));
            foreach (string secret in new[] { Password, Token, Comment })
            {
                Assert.DoesNotContain(texts, t => t?.Contains(secret, StringComparison.Ordinal) == true);
            }
        }
    }

    [Fact]
    public async Task Sensitive_operation_redacts_every_parameter_not_marked_logged()
    {
        await new AccountService(_logger).ResetPasswordAsync("ada@example.com", Token);

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal("ada@example.com", record.Value("email"));
        Assert.Equal(AuditLog.RedactedText, record.Value("token"));
    }

    [Fact]
    public void Objects_are_logged_by_presence_or_by_their_scalar_properties_never_by_ToString()
    {
        var request = new CloseRequest("moving away", Confirmed: true, Password: Password, Comment: Comment);

        new AccountService(_logger).Close("ada@example.com", request, request, internalNote: "n");

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal("moving away", record.Value("request.Reason"));
        Assert.Equal("True", record.Value("request.Confirmed"));
        Assert.Equal(AuditLog.RedactedText, record.Value("request.Password"));
        Assert.Equal(AuditLog.RedactedText, record.Value("request.Comment"));
        Assert.Equal("(present)", record.Value("audited"));
        Assert.DoesNotContain("internalNote", record.Keys());
    }
}
