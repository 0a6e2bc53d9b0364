using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace AuditGen.Runtime;

/// <summary>
/// The keyed-hash settings in force: the key id and the key's HMAC-SHA256 pads. Immutable except for <see cref="Clear"/>.
/// A record captures the instance current when it is created and uses it for all of its values, so a record is never
/// part masked and part hashed; once the instance is cleared (the key was replaced or hashing turned off), the values
/// it would have hashed are masked instead.
/// </summary>
/// <remarks>
/// HMAC is computed by hand over one <see cref="SHA256"/> per thread: an <see cref="HMACSHA256"/> keeps its own copy
/// of the key (and, natively, of the padded key state) that cannot be cleared from here. The SHA-256 instance keeps no
/// state between hashes: each hash ends with <c>TransformFinalBlock</c>, which resets it.
/// </remarks>
internal sealed class RedactionKey
{
    private const int BlockSize = 64;
    private const int PseudonymBytes = 8;

    [ThreadStatic]
    private static SHA256? t_sha256;

    private readonly byte[] _key;
    private readonly byte[] _innerPad = new byte[BlockSize];
    private readonly byte[] _outerPad = new byte[BlockSize];
    private int _cleared;

    private RedactionKey(byte[] key, string keyId)
    {
        _key = (byte[])key.Clone();
        KeyId = keyId;

        // RFC 2104: a key longer than the block is replaced by its hash, then both pads are the zero-padded key XORed
        // with 0x36 and 0x5C.
        byte[] block = _key.Length > BlockSize ? Hash(_key) : _key;
        for (int i = 0; i < BlockSize; i++)
        {
            byte k = i < block.Length ? block[i] : (byte)0;
            _innerPad[i] = (byte)(k ^ 0x36);
            _outerPad[i] = (byte)(k ^ 0x5C);
        }

        if (!ReferenceEquals(block, _key))
        {
            Array.Clear(block, 0, block.Length);
        }
    }

    /// <summary>Gets the key id written into every pseudonym.</summary>
    public string KeyId { get; }

    /// <summary>Gets whether the key material has been zeroed.</summary>
    public bool IsCleared => Volatile.Read(ref _cleared) != 0;

    /// <summary>Validates and copies a key; the caller's array is not kept.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyId">The key id.</param>
    /// <returns>The settings.</returns>
    public static RedactionKey Create(byte[] key, string keyId)
    {
        RedactionKeyRules.Check(key, keyId);
        return new RedactionKey(key, keyId);
    }

    /// <summary>
    /// <c>hmac:{keyId}:{16 hex digits}</c>: the first 8 bytes of HMAC-SHA256(key, len(domain) + UTF8(domain) + UTF8(text)). The
    /// domain separates fields, so equal values in two domains give unrelated pseudonyms and one logged guess cannot be
    /// matched against another field. Returns the mask once the key is cleared, never bytes hashed with a half-zeroed key.
    /// </summary>
    /// <param name="domain">The hash domain.</param>
    /// <param name="text">The value's invariant text.</param>
    /// <returns>The pseudonym, or <see cref="AuditLog.RedactedText"/>.</returns>
    public string Pseudonymize(string domain, string text)
    {
        if (IsCleared)
        {
            return AuditLog.RedactedText;
        }

        byte[] message = Message(domain, text);
        byte[] digest = Mac(message);
        Array.Clear(message, 0, message.Length);

        // Clear writes the flag before it zeroes; the barrier orders this read after every read of the pads, so a hash
        // computed while the key was being zeroed is always seen as cleared here.
        Interlocked.MemoryBarrier();
        string result = IsCleared ? AuditLog.RedactedText : Format(digest);
        Array.Clear(digest, 0, digest.Length);
        return result;
    }

    /// <summary>Zeroes the key and both pads. Called when the key is replaced or hashing is turned off.</summary>
    public void Clear()
    {
        Interlocked.Exchange(ref _cleared, 1);
        Array.Clear(_key, 0, _key.Length);
        Array.Clear(_innerPad, 0, _innerPad.Length);
        Array.Clear(_outerPad, 0, _outerPad.Length);
    }

    /// <summary>The arrays that hold key material, for tests that check they are zeroed.</summary>
    /// <returns>The key copy and both pads.</returns>
    internal byte[][] KeyMaterialForTests() => [_key, _innerPad, _outerPad];

    // Initialize first: a hash interrupted midway on this thread (a thread abort, an out-of-memory) must not leak into this one.
    private static SHA256 Sha256()
    {
        SHA256 sha = t_sha256 ??= SHA256.Create();
        sha.Initialize();
        return sha;
    }

    private static byte[] Hash(byte[] data) => Sha256().ComputeHash(data);

    private static byte[] Message(string domain, string text)
    {
        // The domain's length comes first (4 bytes, big-endian), so no domain/value split can be confused with another,
        // whatever characters either holds.
        int domainBytes = Encoding.UTF8.GetByteCount(domain);
        var message = new byte[4 + domainBytes + Encoding.UTF8.GetByteCount(text)];
        message[0] = (byte)(domainBytes >> 24);
        message[1] = (byte)(domainBytes >> 16);
        message[2] = (byte)(domainBytes >> 8);
        message[3] = (byte)domainBytes;
        Encoding.UTF8.GetBytes(domain, 0, domain.Length, message, 4);
        Encoding.UTF8.GetBytes(text, 0, text.Length, message, 4 + domainBytes);
        return message;
    }

    private byte[] Mac(byte[] message)
    {
        SHA256 sha = Sha256();
        sha.TransformBlock(_innerPad, 0, BlockSize, null, 0);
        sha.TransformFinalBlock(message, 0, message.Length);
        byte[] inner = sha.Hash!;

        sha.Initialize();
        sha.TransformBlock(_outerPad, 0, BlockSize, null, 0);
        sha.TransformFinalBlock(inner, 0, inner.Length);
        Array.Clear(inner, 0, inner.Length);
        return sha.Hash!;
    }

    private string Format(byte[] digest)
    {
        const string Hex = "0123456789abcdef";
        string prefix = "hmac:" + KeyId + ":";
        var chars = new char[prefix.Length + (PseudonymBytes * 2)];
        prefix.CopyTo(0, chars, 0, prefix.Length);
        for (int i = 0; i < PseudonymBytes; i++)
        {
            chars[prefix.Length + (2 * i)] = Hex[digest[i] >> 4];
            chars[prefix.Length + (2 * i) + 1] = Hex[digest[i] & 0xF];
        }

        return new string(chars);
    }
}
