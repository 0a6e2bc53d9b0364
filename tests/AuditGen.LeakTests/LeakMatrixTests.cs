using System.Net.Http.Headers;
using System.Security.Cryptography;
using AuditGen.LeakTests.Services;

namespace AuditGen.LeakTests;

/// <summary>
/// Issue 9's leak matrix: every case of its "Why" runs through generated code under three real providers (JSON console,
/// Serilog compact, OpenTelemetry in-memory exporter), in mask mode and in keyed-hash mode; the raw secret must appear
/// nowhere in what the provider wrote, exception text included, while the caller still gets the original exception.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LeakMatrixTests
{
    public static TheoryData<string, bool> Cases()
    {
        var cases = new TheoryData<string, bool>();
        foreach (string provider in new[] { "json", "serilog", "otel" })
        {
            cases.Add(provider, false);
            cases.Add(provider, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_raw_secret_reaches_the_provider(string provider, bool hashMode)
    {
        string output = Run(provider, hashMode);

        // Every record was written (a dropped record would hide a leak, not prevent one)…
        Assert.All(
            new[] { "call_partner", "verify", "patient_lookup", "use_token", "follow", "password_reset", "comment", "ward", "forward", "lookup_key", "fetch", "see [REDACTED] now" },
            operation => Assert.Contains(operation, output, StringComparison.Ordinal));
        Assert.Contains("api.example.com/cb?api_key=[REDACTED]", output, StringComparison.Ordinal); // …the URL was sanitized, not dropped
        Assert.Contains("System.InvalidOperationException: [message redacted]", output, StringComparison.Ordinal); // the exception's type…
        Assert.Contains("ResetPasswordCore", output, StringComparison.Ordinal); // …and its stack trace
        Assert.All(Secrets.All, secret => Assert.DoesNotContain(secret, output, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Logged_strings_cannot_forge_a_line(string provider, bool hashMode)
    {
        string output = Run(provider, hashMode);

        Assert.Contains("FAKE level=Error", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\nFAKE level=Error", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\rFAKE level=Error", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", output, StringComparison.Ordinal); // a bidi override would reorder what a viewer shows
    }

    private static string Run(string provider, bool hashMode)
    {
        using CapturingProvider capture = provider switch
        {
            "json" => new JsonConsoleCapture(),
            "serilog" => new SerilogCapture(),
            _ => new OpenTelemetryCapture(),
        };
        if (hashMode)
        {
            AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(32));
        }

        try
        {
            var service = new LeakyAccountService(capture.Factory.CreateLogger<LeakyAccountService>());
            service.CallPartner(Secrets.AuthorizationHeader, Secrets.Cookie, Secrets.ApiKeyHeader, Secrets.ResetUrl, Secrets.Pw, Secrets.Pass);
            service.Verify(Secrets.Code, Secrets.Key, Secrets.CardNo, Secrets.TwoFactorCode, Secrets.LicenseKey, Secrets.Signature, Secrets.Dsn);
            service.Lookup(Secrets.Dob, Secrets.VaultValue, "east");
            service.UseToken(new ApiToken { Value = Secrets.TokenValue, Scope = 3 }, new Credentials { User = "ada", Pass = Secrets.CredentialPass });
            service.Follow(
                new Uri($"https://ada:{Secrets.UriUser}@api.example.com/cb?api_key={Secrets.UriApiKey}&page=2#access_token={Secrets.UriFragment}"),
                new AuthenticationHeaderValue("Bearer", Secrets.BearerParameter),
                new KeyValuePair<string, string>("Authorization", Secrets.PairValue));
            var thrown = Assert.Throws<InvalidOperationException>(() => service.ResetPassword("ada@example.com", Secrets.ResetToken));
            Assert.Contains(Secrets.ResetToken, thrown.Message, StringComparison.Ordinal); // the caller's exception is untouched
            service.Comment("ok\nFAKE level=Error msg=forged\r\nFAKE level=Error again\u202E");
            service.Forward(
                $"see https://ada:{Secrets.TargetUserInfo}@partner.example.com/hook?sig={Secrets.TargetQuery}",
                new KeyValuePair<string, string>("tan", Secrets.Tan),
                new KeyValuePair<string, string>("Location", $"https://app.example.com/reset?token={Secrets.LocationQuery}"));
            Assert.Throws<KeyNotFoundException>(() => service.LookupKey(Secrets.LookedUpKey));
#pragma warning disable AG1004 // the leak under test: a credential in a URL given to an audited method
            Assert.Throws<HttpRequestException>(() => service.Fetch($"https://api.example.com/v1?api_key={Secrets.FetchQuery}"));
#pragma warning restore AG1004
            service.Comment("see file://\u202E now"); // System.Uri throws on this; the record must still be written
            return capture.Output();
        }
        finally
        {
            AuditLog.UseMaskRedaction();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Console and AuditLog settings";
}
