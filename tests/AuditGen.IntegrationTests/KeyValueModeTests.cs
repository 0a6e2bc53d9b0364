using System.Collections;
using AuditGen.IntegrationTests.Infrastructure;

namespace AuditGen.IntegrationTests;

/// <summary>Key/value pairs (headers, claims, settings) are judged by their key.</summary>
public sealed class KeyValueModeTests
{
    public static TheoryData<object, string> Pairs => new()
    {
        { new KeyValuePair<string, string>("Accept", "text/html"), "Accept=text/html" },
        { new KeyValuePair<string, string>("Authorization", "Bearer eyJSECRET"), "Authorization=[REDACTED]" },
        { new KeyValuePair<string, string>("X-Api-Key", "AKIASECRET"), "X-Api-Key=[REDACTED]" },
        { new KeyValuePair<string, string>("Cookie", "session=SESSIONSECRET"), "Cookie=[REDACTED]" },
        { new KeyValuePair<string, string>("Set-Cookie", "id=SESSIONSECRET"), "Set-Cookie=[REDACTED]" },
        { new KeyValuePair<string, string?>("refresh_token", "RTSECRET"), "refresh_token=[REDACTED]" },
        { new KeyValuePair<string, object>("Db:Password", "DBSECRET"), "Db:Password=[REDACTED]" },
        { new KeyValuePair<string, string?>("Accept", null), "Accept=(null)" },
        { new KeyValuePair<string, int>("RetryCount", 3), "RetryCount=3" },
        { new KeyValuePair<int, string>(7, "seven"), "7=seven" },
        { new KeyValuePair<string, object>("Payload", new List<string> { "PAYLOADSECRET" }), "Payload=(present)" },
        { new KeyValuePair<string, Uri>("Location", new Uri("https://u:UriPwSECRET@example.com/next?token=UriTokSECRET")), "Location=https://example.com/next?token=[REDACTED]" },
        { new KeyValuePair<object, string>(new object(), "ObjectKeySECRET"), "(present)=[REDACTED]" },
        { new KeyValuePair<string, string>("X-Note", "line\nINFO forged"), "X-Note=line\\nINFO forged" },
        { new KeyValuePair<string, string>("X-\u001b[2J", "v"), "X-\\u001B[2J=v" },
        { new DictionaryEntry("Accept", "text/plain"), "Accept=text/plain" },
        { new DictionaryEntry("Password", "DictSECRET"), "Password=[REDACTED]" },
        { "not a pair SECRET", "[REDACTED]" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pairs_show_their_value_only_when_the_key_names_nothing_sensitive(object pair, string expected)
    {
        (object? state, string message) = DirectCall.Show('K', pair);

        Assert.Equal(expected, state);
        Assert.Equal(expected, DirectCall.Rendered(message));
        Assert.DoesNotContain("SECRET", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_pair_stays_null()
    {
        Assert.Null(DirectCall.Show('K', null).State);
    }
}
