using System.Security.Cryptography;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

/// <summary>The value modes through generated wrappers: what the generator decides, the runtime writes.</summary>
[Collection(SerialCollection.Name)]
public sealed class GeneratedValueModeTests : IDisposable
{
    private readonly FakeLogger<ProfileService> _logger = Logs.Create<ProfileService>();

    public void Dispose() => AuditLog.UseMaskRedaction();

    [Fact]
    public void Personal_masked_url_header_and_plain_values_in_mask_mode()
    {
        Update(new ProfileService(_logger));

        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(AuditLog.RedactedText, record.Value("email"));
        Assert.Equal(AuditLog.RedactedText, record.Value("recoveryEmail"));
        Assert.Equal("******7890", record.Value("accountNumber"));
        Assert.Equal("https://app.example.com/cb?state=[REDACTED]#[REDACTED]", record.Value("callbackUrl"));
        Assert.Equal("/reset?token=[REDACTED]", record.Value("returnUrl"));
        Assert.Equal("Authorization=[REDACTED]", record.Value("header"));
        Assert.Equal("first line\\nINFO forged", record.Value("note"));
        Assert.DoesNotContain('\n', record.Message);
        foreach (string secret in new[] { "ada@", "UrlPwSECRET", "StateSECRET", "FragSECRET", "ResetSECRET", "BearerSECRET", "123456" })
        {
            Assert.DoesNotContain(secret, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(record.State(), p => p.Value?.Contains(secret, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Personal_values_are_pseudonymized_per_domain_in_hash_mode_and_credentials_stay_masked()
    {
        AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(32), "t1");
        var service = new ProfileService(_logger);

        Update(service);
        service.CheckPin("ada@example.com", "4821");

        FakeLogRecord update = _logger.Single("profile_update");
        FakeLogRecord pin = _logger.Single("pin_check");
        Assert.Matches("^hmac:t1:[0-9a-f]{16}$", update.Value("email"));
        Assert.NotEqual(update.Value("email"), update.Value("recoveryEmail")); // own domain vs customer.email
        Assert.Equal(update.Value("recoveryEmail"), update.Value("billingEmail")); // one correlation domain, on purpose
        Assert.Equal(update.Value("email"), pin.Value("email")); // the same key in another operation
        Assert.Equal("******7890", update.Value("accountNumber")); // a masked style is never hashed
        Assert.Equal(AuditLog.RedactedText, pin.Value("pin"));
    }

    private static void Update(ProfileService service) => service.Update(
        "ada@example.com",
        "ada@example.com",
        "ada@example.com",
        "1234567890",
        new Uri("https://ada:UrlPwSECRET@app.example.com/cb?state=StateSECRET#access_token=FragSECRET"),
        "/reset?token=ResetSECRET",
        new KeyValuePair<string, string>("Authorization", "Bearer BearerSECRET"),
        "first line\nINFO forged");
}
