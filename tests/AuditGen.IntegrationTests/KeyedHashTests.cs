using System.Security.Cryptography;
using System.Text;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests;

/// <summary>Keyed-hash pseudonyms: the HMAC itself, domain separation, no oracle for credentials, and key hygiene.</summary>
[Collection(SerialCollection.Name)]
public sealed class KeyedHashTests : IDisposable
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public void Dispose() => AuditLog.UseMaskRedaction();

    [Theory]
    [InlineData(32, "email", "ada@example.com")]
    [InlineData(64, "client.address", "203.0.113.7")]
    [InlineData(100, "", "")] // a key longer than SHA-256's block is hashed first, as RFC 2104 says
    [InlineData(48, "user.name", "Zoë 名前 😀")]
    public void The_hand_written_HMAC_matches_HMACSHA256(int keyLength, string domain, string value)
    {
        byte[] key = RandomNumberGenerator.GetBytes(keyLength);
        byte[] domainBytes = Encoding.UTF8.GetBytes(domain);
        byte[] message = [0, 0, (byte)(domainBytes.Length >> 8), (byte)domainBytes.Length, .. domainBytes, .. Encoding.UTF8.GetBytes(value)];
        using var reference = new HMACSHA256(key);
        string expected = "hmac:rot-7:" + Convert.ToHexStringLower(reference.ComputeHash(message), 0, 8);

        string actual = RedactionKey.Create(key, "rot-7").Pseudonymize(domain, value);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Identifiers_are_pseudonymized_per_domain_and_correlate_within_one()
    {
        AuditLog.UseKeyedHashRedaction(Key);
        var logger = new RecordingLogger();
        AuditMethod method = DirectCall.Method(["email", "contact", "billingEmail", "supportEmail"], "HHHH", [null, null, "customer.email", "customer.email"]);

        DirectCall.Write(method, logger, AuditValues.Of("ada@example.com", "ada@example.com", "ada@example.com", "ada@example.com"));
        DirectCall.Write(DirectCall.Method(["email"], "H", operation: "other"), logger, AuditValues.Of("ada@example.com"));

        RecordedEntry first = logger.Entries.First();
        string?[] shown = [.. first.Values.Skip(4).Take(4).Select(p => (string?)p.Value)];
        Assert.All(shown, s => Assert.Matches("^hmac:k1:[0-9a-f]{16}$", s));
        Assert.NotEqual(shown[0], shown[1]); // the same email under two field names: unrelated
        Assert.Equal(shown[2], shown[3]); // a correlation domain named on purpose
        Assert.NotEqual(shown[0], shown[2]);
        Assert.Equal(shown[0], logger.Entries.Last().Value("email")); // same field name, another operation
        Assert.DoesNotContain("ada", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_never_appear_hashed_and_a_PIN_cannot_be_brute_forced_from_the_log()
    {
        AuditLog.UseKeyedHashRedaction(Key);
        var logger = new RecordingLogger();
        AuditMethod method = DirectCall.Method(["pin", "email"], "RH", operation: "verify_pin");

        DirectCall.Write(method, logger, AuditValues.Of("4821", "ada@example.com"));

        RecordedEntry entry = logger.Single;
        Assert.Equal(AuditLog.RedactedText, entry.Value("pin"));
        Assert.Equal(AuditLog.RedactedText, AuditLog.Redact("4821"));
        Assert.Equal(AuditLog.RedactedText, AuditRedactor.Redact(4821));

        // An attacker who can get any value pseudonymized (their own guesses, in any field) compares it with the output.
        string[] domains = ["pin", "PIN", "Pin", "code", "otp", "password", "token", "secret", "email", "client.address", "verify_pin", "verify_pin.pin", "", "k1"];
        var key = RedactionKey.Create(Key, "k1");
        using var hmac = new HMACSHA256(Key);
        string output = entry.Message + "\n" + string.Join("\n", entry.Values.Select(p => p.Value));
        for (int pin = 0; pin < 10_000; pin++)
        {
            string guess = pin.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            string plainHash = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(guess)), 0, 8);
            Assert.DoesNotContain(plainHash, output, StringComparison.Ordinal);
            foreach (string domain in domains)
            {
                string pseudonym = key.Pseudonymize(domain, guess);
                Assert.DoesNotContain(pseudonym[^16..], output, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("4821", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonymize_is_the_mask_in_mask_mode_and_a_domain_separated_hash_in_hash_mode()
    {
        Assert.Equal(AuditLog.RedactedText, AuditLog.Pseudonymize("203.0.113.7", "client.address"));

        AuditLog.UseKeyedHashRedaction(Key, "ip-2024");
        string address = AuditLog.Pseudonymize("203.0.113.7", "client.address");

        Assert.Equal(RedactionKey.Create(Key, "ip-2024").Pseudonymize("client.address", "203.0.113.7"), address);
        Assert.StartsWith("hmac:ip-2024:", address, StringComparison.Ordinal);
        Assert.NotEqual(address, AuditLog.Pseudonymize("203.0.113.7", "user.id"));
        Assert.Equal(AuditLog.Pseudonymize(42, "user.id"), AuditLog.Pseudonymize("42", "user.id"));
        Assert.Equal(AuditLog.RedactedText, AuditLog.Pseudonymize<string?>(null, "user.id"));
        Assert.Throws<ArgumentNullException>(() => AuditLog.Pseudonymize("x", null!));
    }

    public static TheoryData<string, byte[]> WeakKeys => new()
    {
        { "too short", RandomNumberGenerator.GetBytes(31) },
        { "16 bytes", RandomNumberGenerator.GetBytes(16) },
        { "32 zero bytes", new byte[32] },
        { "a passphrase", Encoding.ASCII.GetBytes("changeme-changeme-changeme-change") },
        { "base64 text of a good key", Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) },
        { "a 16-byte pattern twice", [.. Enumerable.Repeat(RandomNumberGenerator.GetBytes(16), 2).SelectMany(b => b)] },
        { "a 3-byte pattern", [.. Enumerable.Range(0, 48).Select(i => (byte)(new byte[] { 0x01, 0xF0, 0x88 })[i % 3])] },
        { "15 distinct values", [.. Enumerable.Range(0, 64).Select(i => (byte)(200 + new Random(i).Next(15)))] },
        // Found by an adversarial review: keys that only look long.
        { "a counter 0..31", [.. Enumerable.Range(0, 32).Select(i => (byte)i)] },
        { "a counter 0..255", [.. Enumerable.Range(0, 256).Select(i => (byte)i)] },
        { "a counter up and down", [.. Enumerable.Range(0, 16).Select(i => (byte)i), .. Enumerable.Range(0, 16).Select(i => (byte)(15 - i))] },
        { "a text file's line", Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog\n") },
        { "a passphrase with a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("changeme-changeme-changeme-change")] },
        { "a UTF-16 passphrase", Encoding.Unicode.GetBytes("correct horse battery staple") },
        { "a Cyrillic passphrase", Encoding.UTF8.GetBytes("пароль-пароль-пароль-пароль") },
        { "16 distinct bytes and padding", [.. RandomNumberGenerator.GetBytes(16), .. new byte[1000]] },
        { "a CJK passphrase", Encoding.UTF8.GetBytes("我的日志密钥是一段很长的中文短语") },
    };

    [Fact]
    public void Random_keys_are_never_rejected()
    {
        // The weak-key tests each reject a random key with a probability far below 1e-9; 20,000 keys of three lengths.
        foreach (int length in new[] { 32, 48, 64 })
        {
            for (int i = 0; i < 20_000 / 3; i++)
            {
                AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(length));
            }
        }

        AuditLog.UseMaskRedaction();
    }

    [Theory]
    [MemberData(nameof(WeakKeys))]
    public void Weak_or_short_keys_are_rejected_with_advice(string kind, byte[] key)
    {
        var error = Assert.Throws<ArgumentException>(() => AuditLog.UseKeyedHashRedaction(key));

        Assert.Equal("key", error.ParamName);
        Assert.Contains("RandomNumberGenerator.GetBytes(32)", error.Message, StringComparison.Ordinal);
        Assert.Null(AuditLog.Redaction); // still in mask mode ({kind})
        _ = kind;
    }

    [Theory]
    [InlineData("")]
    [InlineData("k 1")]
    [InlineData("k:1")]
    [InlineData("seventeen-chars-x")]
    [InlineData("ключ")]
    public void Invalid_key_ids_are_rejected(string keyId)
    {
        Assert.Throws<ArgumentException>(() => AuditLog.UseKeyedHashRedaction(Key, keyId));
        Assert.Throws<ArgumentNullException>(() => AuditLog.UseKeyedHashRedaction(Key, null!));
        Assert.Throws<ArgumentNullException>(() => AuditLog.UseKeyedHashRedaction(null!));
    }

    [Fact]
    public void The_key_is_copied_and_its_material_zeroed_when_replaced_or_turned_off()
    {
        byte[] caller = (byte[])Key.Clone();
        AuditLog.UseKeyedHashRedaction(caller);
        RedactionKey first = AuditLog.Redaction!;
        string before = AuditLog.Pseudonymize("ada", "email");
        Array.Clear(caller);
        Assert.Equal(before, AuditLog.Pseudonymize("ada", "email"));
        Assert.All(first.KeyMaterialForTests(), a => Assert.Contains(a, b => b != 0));

        AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(32), "k2");
        Assert.All(first.KeyMaterialForTests(), a => Assert.All(a, b => Assert.Equal(0, b)));
        Assert.Equal(AuditLog.RedactedText, first.Pseudonymize("email", "ada")); // never a hash of a zeroed key

        RedactionKey second = AuditLog.Redaction!;
        AuditLog.UseMaskRedaction();
        Assert.All(second.KeyMaterialForTests(), a => Assert.All(a, b => Assert.Equal(0, b)));
        Assert.Null(AuditLog.Redaction);
    }

    [Fact]
    public void A_record_keeps_the_mode_it_was_created_in()
    {
        var logger = new RecordingLogger();
        AuditMethod method = DirectCall.Method(["email", "phone"], "HH");

        DirectCall.Write(method, logger, AuditValues.Of("ada@example.com", "+44 20 7946 0000")); // mask mode
        AuditLog.UseKeyedHashRedaction(Key);
        DirectCall.Write(method, logger, AuditValues.Of("ada@example.com", "+44 20 7946 0000")); // hash mode
        var masked = (IReadOnlyList<KeyValuePair<string, object?>>)logger.Entries.First().State;
        var hashed = (IReadOnlyList<KeyValuePair<string, object?>>)logger.Entries.Last().State;

        // Read after hashing was turned on: the mask-mode record stays masked.
        Assert.All(masked.Skip(4).Take(2), p => Assert.Equal(AuditLog.RedactedText, p.Value));
        Assert.DoesNotContain("hmac:", masked.ToString(), StringComparison.Ordinal);
        Assert.All(hashed.Skip(4).Take(2), p => Assert.StartsWith("hmac:k1:", (string?)p.Value, StringComparison.Ordinal));

        // Read after its key was replaced: the hash-mode record is masked whole, never a half-zeroed hash.
        AuditLog.UseKeyedHashRedaction(RandomNumberGenerator.GetBytes(32), "k2");
        Assert.All(hashed.Skip(4).Take(2), p => Assert.Equal(AuditLog.RedactedText, p.Value));
        Assert.EndsWith("(email: [REDACTED], phone: [REDACTED])", hashed.ToString(), StringComparison.Ordinal);
    }
}
