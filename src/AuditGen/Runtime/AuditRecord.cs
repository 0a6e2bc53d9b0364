using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>
/// The structured state of a completion record: <c>Operation</c>, <c>Outcome</c>, <c>DurationMs</c>, <c>Sensitive</c>,
/// each logged value under its key, then <c>{OriginalFormat}</c>. A struct with a cached formatter: writing it costs
/// nothing unless a provider reads or formats it, and values are redacted only then.
/// </summary>
/// <remarks>
/// The keyed-hash settings are captured once, when the record is created, and used for every value: a record created in
/// mask mode stays masked when read after hashing is turned on. If those settings are cleared before a read finishes
/// (the key was replaced), that read is written again in mask mode, so one rendering and one enumeration of the state
/// are each either all hashed or all masked, never a mix.
/// </remarks>
/// <typeparam name="TValues">The logged values.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AuditRecord<TValues> : IReadOnlyList<KeyValuePair<string, object?>>
    where TValues : struct, IAuditValues
{
    /// <summary>The cached formatter passed to <c>ILogger.Log</c>.</summary>
    public static readonly Func<AuditRecord<TValues>, Exception?, string> Formatter = static (record, _) => record.ToString();

    private const int FixedKeys = 4;

    private readonly AuditMethod _method;
    private readonly string _outcome;
    private readonly double _durationMs;
    private readonly TValues _values;
    private readonly RedactionKey? _redaction;

    internal AuditRecord(AuditMethod method, string outcome, double durationMs, TValues values, RedactionKey? redaction)
    {
        _method = method;
        _outcome = outcome;
        _durationMs = durationMs;
        _values = values;
        _redaction = redaction;
    }

    /// <inheritdoc />
    public int Count => FixedKeys + ValueCount + 1;

    private int ValueCount => Math.Min(_method.Keys.Length, _values.Count);

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            int value = index - FixedKeys;
            return index switch
            {
                0 => new("Operation", _method.Operation),
                1 => new("Outcome", _outcome),
                2 => new("DurationMs", _durationMs),
                3 => new("Sensitive", _method.Sensitive),
                _ when value >= 0 && value < ValueCount => new(_method.Keys[value], Present(value, _redaction)),
                _ when value == ValueCount => new("{OriginalFormat}", _method.Template),
                _ => throw new ArgumentOutOfRangeException(nameof(index)),
            };
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        object?[]? values = _redaction is null ? null : PresentAllConsistently();
        for (int i = 0; i < Count; i++)
        {
            int value = i - FixedKeys;
            yield return values is not null && value >= 0 && value < values.Length
                ? new(_method.Keys[value], values[value])
                : this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Renders the message: <c>password_reset Succeeded in 14.354 ms (email: ada@example.com, token: [REDACTED])</c>.</summary>
    /// <returns>The readable message.</returns>
    public override string ToString()
    {
        string message = Render(_redaction);
        return _redaction is { IsCleared: true } ? Render(null) : message;
    }

    private string Render(RedactionKey? redaction)
    {
        StringBuilder message = MessageBuilder.Acquire();
        message.Append(_method.Operation).Append(' ').Append(_outcome).Append(" in ")
            .Append(AuditLogWriter.FormatDuration(_durationMs)).Append(" ms");
        int count = ValueCount;
        for (int i = 0; i < count; i++)
        {
            message.Append(i == 0 ? " (" : ", ").Append(_method.Keys[i]).Append(": ")
                .Append(AuditLogWriter.FormatValue(Present(i, redaction)));
        }

        return MessageBuilder.Release(count > 0 ? message.Append(')') : message);
    }

    private object? Present(int index, RedactionKey? redaction) => _method.Present(index, _values.Get(index), redaction);

    // In hash mode every value is read before the first is handed out; if the key was cleared meanwhile, all are read
    // again in mask mode.
    private object?[] PresentAllConsistently()
    {
        var values = new object?[ValueCount];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Present(i, _redaction);
        }

        if (_redaction is { IsCleared: true })
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Present(i, null);
            }
        }

        return values;
    }
}
