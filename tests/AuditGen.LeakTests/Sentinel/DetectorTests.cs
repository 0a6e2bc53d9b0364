using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>The detector on its own: each kind is found, masked to exactly the expected text, and leaves its hint.</summary>
public sealed class DetectorTests
{
    public static TheoryData<string, string, string, string> Samples()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach ((string kind, string raw, string text, string masked) in SentinelSamples.All)
        {
            data.Add(kind, raw, text, masked);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_kind_is_masked_with_its_hint(string kind, string raw, string text, string expected)
    {
        string masked = LeakScanner.Mask(text);

        Assert.Equal(expected, masked);
        Assert.DoesNotContain(raw, masked, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:" + kind + "]", masked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Masking_is_idempotent_and_counts_nothing_the_second_time(string kind, string raw, string text, string expected)
    {
        _ = (kind, raw, expected);
        string once = LeakScanner.Mask(text);

        Assert.Null(LeakScanner.Scan(once));
        Assert.Equal(once, LeakScanner.Mask(once));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("token")]
    [InlineData("secret")]
    [InlineData("api_key")]
    [InlineData("Pwd")]
    [InlineData("access_token")]
    [InlineData("X-Api-Key")]
    [InlineData("spring.datasource.password")]
    public void The_minimum_keys_are_judged_secret_by_the_shared_vocabulary(string key)
    {
        string masked = LeakScanner.Mask($"a {key}=v4lue-Z then");

        Assert.DoesNotContain("v4lue-Z", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token_type=Bearer expires_in=3600")]
    [InlineData("max_tokens=256 temperature=0.2")]
    [InlineData("password_length=12 passwordExpired=false")]
    [InlineData("Cache key: users:42")]
    [InlineData("Status code: 500")]
    [InlineData("nextPageToken=CAoQAA")]
    public void Keys_that_describe_or_count_a_secret_leave_the_value(string text) => Assert.Equal(text, LeakScanner.Mask(text));

    [Fact]
    public void A_template_placeholder_after_a_secret_key_is_reported_by_name()
    {
        List<LeakFinding> findings = LeakScanner.Scan("Calling {Url} with token={Value,10} and page={Page}", template: true)!;

        LeakFinding finding = Assert.Single(findings);
        Assert.Equal("Value", finding.Placeholder);
        Assert.Equal("token", finding.Kind);
    }

    [Fact]
    public void Overlapping_findings_merge_into_one_mask()
    {
        string masked = LeakScanner.Mask($"https://idp.example.com/cb#id_token={SentinelSamples.Jwt}&state=9");

        Assert.Equal("https://idp.example.com/cb#id_token=[REDACTED:jwt]&state=9", masked);
    }

    [Fact]
    public void A_truncated_private_key_is_masked_to_the_end()
    {
        string masked = LeakScanner.Mask("key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQ");

        Assert.Equal("key: [REDACTED:private_key]", masked);
    }
}
