using AuditGen.IntegrationTests.Infrastructure;

namespace AuditGen.IntegrationTests;

/// <summary>URLs as they appear in real code and real logs: credentials in user info, keys in the query, OAuth tokens
/// in the fragment, relative links, and text that is not quite a URL.</summary>
public sealed class UrlModeTests
{
    public static TheoryData<string, string, string[]> Urls => new()
    {
        { "https://user:Hunter2Secret@example.com/path?api_key=AKIA0SECRET&user=ada#access_token=FRAGSECRET", "https://example.com/path?api_key=[REDACTED]&user=[REDACTED]#[REDACTED]", ["Hunter2Secret", "AKIA0SECRET", "ada", "FRAGSECRET", "user:"] },
        { "https://example.com:8443/a/b?token=abc123SECRET", "https://example.com:8443/a/b?token=[REDACTED]", ["abc123SECRET"] },
        { "https://example.com:443/a", "https://example.com/a", [] },
        { "https://app.example.com/callback#access_token=ya29.SECRET&token_type=bearer&expires_in=3599", "https://app.example.com/callback#[REDACTED]", ["ya29.SECRET", "bearer"] },
        { "https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Credential=AKIASECRET%2F20240101&X-Amz-Signature=5ec12e7SIG", "https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Credential=[REDACTED]&X-Amz-Signature=[REDACTED]", ["AKIASECRET", "5ec12e7SIG"] },
        { "postgres://dbuser:DbPassSECRET@db.internal:5432/app?sslmode=require", "postgres://db.internal:5432/app?sslmode=[REDACTED]", ["DbPassSECRET", "dbuser"] },
        { "ftp://anonymous:FtpPassSECRET@ftp.example.com/pub/", "ftp://ftp.example.com/pub/", ["FtpPassSECRET", "anonymous"] },
        { "http://[::1]:8080/p?x=V6SECRET", "http://[::1]:8080/p?x=[REDACTED]", ["V6SECRET"] },
        { "https://example.com/search?q=ada%40example.com&&debug", "https://example.com/search?q=[REDACTED]&&[REDACTED]", ["ada%40example.com", "debug"] },
        { "https://example.com/reset?SECRETTOKENWITHOUTNAME", "https://example.com/reset?[REDACTED]", ["SECRETTOKENWITHOUTNAME"] },
        { "/reset-password?token=RelSECRET&email=ada%40example.com", "/reset-password?token=[REDACTED]&email=[REDACTED]", ["RelSECRET", "ada%40"] },
        { "reset?code=123456#frag=FRAGSECRET2", "reset?code=[REDACTED]#[REDACTED]", ["123456", "FRAGSECRET2"] },
        { "/callback#id_token=eyJSECRET", "/callback#[REDACTED]", ["eyJSECRET"] },
        { "//admin:CdnPwSECRET@cdn.example.com/x?sig=SigSECRET", "//cdn.example.com/x?sig=[REDACTED]", ["CdnPwSECRET", "SigSECRET", "admin"] },
        { "admin:RootPwSECRET@10.0.0.1/admin", "admin:[REDACTED]", ["RootPwSECRET"] }, // "admin:" parses as a scheme: all hidden
        { "ops@RootPwSECRET@10.0.0.1/admin?k=v", "10.0.0.1/admin?k=[REDACTED]", ["RootPwSECRET", "ops"] },
        { "http://admin:p@ss w0rdSECRET@exa mple.com:99999/x?secret=MalSECRET", "http://exa mple.com:99999/x?secret=[REDACTED]", ["w0rdSECRET", "MalSECRET", "admin"] },
        { "https://user:Pw\nSECRET@example.com/?a=1", "https://example.com/?a=[REDACTED]", ["SECRET"] },
        { "mailto:ada@example.com?subject=MailSECRET", "mailto:[REDACTED]", ["ada", "MailSECRET"] },
        { "javascript:alert('JsSECRET')", "javascript:[REDACTED]", ["JsSECRET"] },
        { "data:text/plain;base64,U0VDUkVUREFUQQ==", "data:[REDACTED]", ["U0VDUkVUREFUQQ"] },
        { "https://example.com/", "https://example.com/", [] },
        { "https://example.com", "https://example.com/", [] },
        { "not a url at all", "not a url at all", [] },
        { "", "", [] },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Urls_keep_where_the_request_went_and_drop_what_it_carried(string url, string expected, string[] secrets)
    {
        (object? state, string message) = DirectCall.Show('U', url);

        Assert.Equal(expected, state);
        Assert.Equal(expected, DirectCall.Rendered(message));
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, (string)state!, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Uri_objects_absolute_and_relative()
    {
        Assert.Equal(
            "https://h.example/p?q=[REDACTED]#[REDACTED]",
            DirectCall.Show('U', new Uri("https://u:UPassSECRET@h.example/p?q=QSECRET#FRAG")).State);
        Assert.Equal("/p?token=[REDACTED]", DirectCall.Show('U', new Uri("/p?token=RelUriSECRET", UriKind.Relative)).State);
        Assert.Equal("/p?token=[REDACTED]", DirectCall.Show('U', new Uri("/p?token=RelUriSECRET", UriKind.RelativeOrAbsolute)).State);
        Assert.Null(DirectCall.Show('U', null).State);
    }

    [Fact]
    public void Control_characters_in_urls_are_escaped()
    {
        string shown = (string)DirectCall.Show('U', "/a\r\nINFO forged?x=1").State!;

        Assert.Equal("/a\\r\\nINFO forged?x=[REDACTED]", shown);
    }
}
