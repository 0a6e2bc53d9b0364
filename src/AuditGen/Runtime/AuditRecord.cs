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

    internal AuditRecord(AuditMethod method, string outcome, double durationMs, TValues values)
    {
        _method = method;
        _outcome = outcome;
        _durationMs = durationMs;
        _values = values;
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
                _ when value >= 0 && value < ValueCount => new(_method.Keys[value], _method.Present(value, _values.Get(value))),
                _ when value == ValueCount => new("{OriginalFormat}", _method.Template),
                _ => throw new ArgumentOutOfRangeException(nameof(index)),
            };
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Renders the message: <c>password_reset Succeeded in 14.354 ms (email: ada@example.com, token: [REDACTED])</c>.</summary>
    /// <returns>The readable message.</returns>
    public override string ToString()
    {
        StringBuilder message = MessageBuilder.Acquire();
        message.Append(_method.Operation).Append(' ').Append(_outcome).Append(" in ")
            .Append(AuditLogWriter.FormatDuration(_durationMs)).Append(" ms");
        int count = ValueCount;
        for (int i = 0; i < count; i++)
        {
            message.Append(i == 0 ? " (" : ", ").Append(_method.Keys[i]).Append(": ")
                .Append(AuditLogWriter.FormatValue(_method.Present(i, _values.Get(i))));
        }

        return MessageBuilder.Release(count > 0 ? message.Append(')') : message);
    }
}
