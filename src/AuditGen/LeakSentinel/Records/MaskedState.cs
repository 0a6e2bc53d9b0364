using System;
using System.Collections;
using System.Collections.Generic;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>
/// What a provider receives instead of a record or scope state that held a secret: the same pairs in the same order,
/// <c>{OriginalFormat}</c> included, with each secret masked, and a <see cref="ToString"/> that renders the original
/// message with the same secrets masked — so structured providers (OpenTelemetry, Serilog) and formatting ones (the
/// console) write the same masked record. The message is rendered only if a provider asks for it.
/// </summary>
internal sealed class MaskedState : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The formatter handed to providers with a masked state.</summary>
    public static readonly Func<MaskedState, Exception?, string> Format = static (state, _) => state.ToString();

    private readonly KeyValuePair<string, object?>[] _pairs;
    private readonly Func<string> _render;
    private readonly List<(string Raw, string Mask)>? _raw;
    private string? _message;

    /// <param name="pairs">The pairs, secrets already masked, and the values masked by their key or placeholder, whose
    /// text has no secret shape: those are replaced in the rendered message by their masks before the message is
    /// scanned for everything else.</param>
    /// <param name="render">Renders the original message (the caller's formatter over the original state).</param>
    public MaskedState(MaskedPairs pairs, Func<string> render)
    {
        _pairs = pairs.Pairs;
        _render = render;
        _raw = pairs.Raw;

        // Longest first, so that a value containing another is replaced whole; sorted here, before any reader.
        _raw?.Sort(static (a, b) => b.Raw.Length.CompareTo(a.Raw.Length));
    }

    /// <summary>A state that is only a (masked) message: for records whose state is not a list of pairs.</summary>
    public static MaskedState FromMessage(string maskedMessage) => new(new MaskedPairs([], null), () => maskedMessage);

    /// <inheritdoc />
    public int Count => _pairs.Length;

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _pairs.GetEnumerator();

    /// <summary>The original message with its secrets masked. Providers may ask from several threads; a race renders it
    /// twice, to the same text.</summary>
    public override string ToString() => _message ??= Render();

    private string Render()
    {
        string message = _render() ?? string.Empty;
        if (_raw is not null)
        {
            foreach ((string raw, string mask) in _raw)
            {
                message = message.Replace(raw, mask);
            }
        }

        return LeakScanner.Mask(message);
    }
}
