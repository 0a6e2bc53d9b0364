using System.Security.Cryptography;
using AuditGen.LeakTests.Services;

namespace AuditGen.LeakTests;

/// <summary>
/// Issue 9: one key for every value made the keyed hash an oracle — an attacker who got their own guess logged matched
/// it against a victim's record and recovered a 4-digit PIN in ~50 ms. Now credentials are never hashed and identifiers
/// are hashed per domain.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class KeyedHashOracleTests : IDisposable
{
    private readonly StateLogger _log = new();
    private readonly PeopleService _people;

    public KeyedHashOracleTests()
    {
        AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(32), "k7");
        _people = new PeopleService(new LoggerAdapter<PeopleService>(_log));
    }

    public void Dispose() => AuditLog.UseMaskRedaction();

    [Fact]
    public void The_same_value_in_two_fields_hashes_to_unrelated_outputs_unless_a_domain_is_shared_on_purpose()
    {
        _people.Link("ada@example.com", "ada@example.com", "ada@example.com", "ada@example.com");
        Dictionary<string, string?> record = _log.Last("link_accounts");

        Assert.StartsWith("hmac:k7:", record["email"], StringComparison.Ordinal);
        Assert.NotEqual(record["email"], record["recoveryEmail"]);
        Assert.Equal(record["contact"], record["billingContact"]);
        Assert.NotEqual(record["email"], record["contact"]);
        Assert.DoesNotContain(record.Values, v => v?.Contains("ada@example.com", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_field_keeps_its_domain_across_operations()
    {
        _people.Link("ada@example.com", "x@example.com", "y@example.com", "z@example.com");
        _people.Register("ada@example.com", "hunter2-hunter2");

        Assert.Equal(_log.Last("link_accounts")["email"], _log.Last("register")["email"]);
    }

    [Fact]
    public void Credentials_never_appear_hashed()
    {
        _people.Register("ada@example.com", "hunter2-hunter2");
        _people.CheckPin("4821", "493817", "ada@example.com");

        Assert.Equal(AuditLog.RedactedText, _log.Last("register")["password"]);
        Assert.Equal(AuditLog.RedactedText, _log.Last("pin_check")["pin"]);
        Assert.Equal(AuditLog.RedactedText, _log.Last("pin_check")["code"]);
        Assert.Equal(AuditLog.RedactedText, AuditLog.Redact("4821"));
    }

    [Fact]
    public void Brute_forcing_every_PIN_through_an_attacker_controlled_field_finds_no_match()
    {
        // The victim's record.
        _people.CheckPin("4821", "493817", "victim@example.com");
        string? victimPin = _log.Last("pin_check")["pin"];

        // The attacker gets every guess logged through a field they control (hashed), and also hashes every guess in
        // every domain the application uses, as if they held the pseudonymization API.
        var outputs = new HashSet<string?>(StringComparer.Ordinal);
        for (int guess = 0; guess < 10_000; guess++)
        {
            string pin = guess.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            _people.Register(pin, "x");
            outputs.Add(_log.Records[^1]["email"]);
            foreach (string domain in new[] { "pin", "code", "email", "password" })
            {
                outputs.Add(AuditLog.Pseudonymize(pin, domain));
            }
        }

        Assert.Equal(AuditLog.RedactedText, victimPin);
        Assert.DoesNotContain(victimPin, outputs);
        // Every guess gave a distinct hash per domain (the "email" field and the "email" domain are one domain): the
        // attacker's side did hash, and none of it matches.
        Assert.Equal(10_000 * 4, outputs.Count);
    }
}
