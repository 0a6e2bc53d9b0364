using AuditGen.LeakSentinel.Detection;
using CsCheck;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>
/// Properties of the detector over generated text (CsCheck shrinks any failure to a minimal line): clean log text never
/// changes; a secret of any kind put anywhere in it is always masked; masking is idempotent; no input makes it throw.
/// </summary>
public sealed class DetectorPropertyTests
{
    private const int Iterations = 3000;

    // Words and values of ordinary log lines, including the look-alikes the corpus lists: ids, hashes, versions. "Bearer"
    // comes with prose after it: followed by a generated hash it would be a bearer token, rightly masked.
    private static readonly Gen<string> Word = Gen.OneOf(
        "user", "order", "GET", "POST", "/api/orders", "status", "ok", "failed", "retrying", "in", "ms", "tenant", "eu-west-1",
        "Request", "finished", "Bearer token expired", "Bearer invalid_token_request", "token", "password", "reset", "requested", "key", "cache", "AKIA", "eyJ", "sk_live",
        "ghp", "xoxb", "AIza", "-----BEGIN CERTIFICATE-----", "I", "J", "z", "_", "-", "data:image/png;base64,iVBORw0KGgo=");

    private static readonly Gen<string> LookAlike = Gen.OneOf(
        Gen.Guid.Select(static g => g.ToString()),
        Gen.String[Gen.Char["0123456789abcdef"], 7, 64],
        Gen.Byte.Array[1, 48].Select(static b => Convert.ToBase64String(b)),
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, 99], Gen.Int[0, 999], static (a, b, c) => $"v{a}.{b}.{c}"),
        Gen.Int[0, 1_000_000].Select(static i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Date.Select(static d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> CleanKey = Gen.OneOf(
        "user", "page", "sort", "id", "status", "version", "sha256", "commit", "etag", "cursor", "tenant", "region", "cache_key",
        "token_type", "password_length", "keyId", "publicKey", "traceparent", "Content-Type", "Status code");

    // A plural credential word counts them only when its value is a number: "max_tokens=256", not "tokens=…".
    private static readonly Gen<string> CountPair = Gen.Select(Gen.OneOf("max_tokens", "prompt_tokens", "failedPins"), Gen.Int[0, 100_000], static (k, n) => $"{k}={n}");

    private static readonly Gen<string> Segment = Gen.OneOf(
        Word,
        LookAlike,
        Gen.Select(CleanKey, LookAlike, static (k, v) => k + "=" + v),
        Gen.Select(CleanKey, LookAlike, static (k, v) => k + ": " + v),
        Gen.Select(CleanKey, LookAlike, static (k, v) => $"\"{k}\":\"{v}\""),
        CountPair);

    private static readonly Gen<string[]> CleanSegments = Segment.Array[1, 16];

    private static readonly Gen<string> Separator = Gen.OneOf(" ", ", ", "; ", " | ", "\n", " - ");

    [Fact]
    public void Clean_text_never_changes() =>
        Gen.Select(CleanSegments, Separator, static (parts, sep) => string.Join(sep, parts))
            .Sample(static text => Assert.Equal(text, LeakScanner.Mask(text)), iter: Iterations);

    [Fact]
    public void A_secret_anywhere_in_clean_text_is_always_masked() =>
        Gen.Select(CleanSegments, Gen.Int[0, SentinelSamples.All.Length - 1], Gen.Int[0, 16], Separator)
            .Sample(static (parts, sample, position, sep) =>
            {
                (_, string raw, string text, _) = SentinelSamples.All[sample];
                var line = parts.ToList();
                line.Insert(Math.Min(position, line.Count), text);
                string masked = LeakScanner.Mask(string.Join(sep, line));
                Assert.DoesNotContain(raw, masked, StringComparison.Ordinal);
            }, iter: Iterations);

    [Fact]
    public void Masking_is_idempotent() =>
        Gen.Select(CleanSegments, Gen.Int[0, SentinelSamples.All.Length - 1], Separator)
            .Sample(static (parts, sample, sep) =>
            {
                string once = LeakScanner.Mask(string.Join(sep, parts.Append(SentinelSamples.All[sample].Text)));
                Assert.Equal(once, LeakScanner.Mask(once));
            }, iter: Iterations);

    [Fact]
    public void Text_made_of_the_characters_detectors_stop_at_is_masked_idempotently_and_never_throws() =>
        Gen.String[Gen.Char["=:-_JzIAKSBIaeyrbB \"'&;?#/@{}[]\n01234567abcXYZ."], 0, 120]
            .Sample(static text =>
            {
                string once = LeakScanner.Mask(text);
                Assert.Equal(once, LeakScanner.Mask(once));
            }, iter: 20_000);

    [Fact]
    public void Any_text_is_scanned_without_throwing() =>
        Gen.String.Sample(static text => _ = LeakScanner.Mask(text), iter: 20_000);
}
