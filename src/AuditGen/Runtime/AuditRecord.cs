using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>
/// The structured state of a completion (or intent) record, in this order: the record's own fields (operation, outcome,
/// duration, sensitive flag, then the function name and category where the method has them), the audit context's fields
/// that are set, the error type of a failure (OpenTelemetry profile), each logged value under its key, then
/// <c>{OriginalFormat}</c>. Key names follow the method's key profile (README, "Record schema"). A struct with a cached
/// formatter: writing it costs nothing unless a provider reads or formats it, and values are redacted only then.
/// </summary>
/// <remarks>
/// The keyed-hash settings are captured once, when the record is created, and used for every value: a record created in
/// mask mode stays masked when read after hashing is turned on. If those settings are cleared before a read finishes
/// (the key was replaced), that read is written again in mask mode, so one rendering and one enumeration of the state
/// are each either all hashed or all masked, never a mix. Which context fields a record carries is fixed when it is
/// created too; their values are read when the record is.
/// </remarks>
/// <typeparam name="TValues">The logged values.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AuditRecord<TValues> : IReadOnlyList<KeyValuePair<string, object?>>
    where TValues : struct, IAuditValues
{
    /// <summary>The cached formatter passed to <c>ILogger.Log</c>.</summary>
    public static readonly Func<AuditRecord<TValues>, Exception?, string> Formatter = static (record, _) => record.ToString();

    private readonly AuditMethod _method;
    private readonly string _outcome;
    private readonly double _durationMs;
    private readonly TValues _values;
    private readonly RedactionKey? _redaction;
    private readonly AuditContext? _context;
    private readonly string? _errorType;
    private readonly ContextFields _contextFields;
    private readonly ClientAddressStyle _addressStyle;

    internal AuditRecord(AuditMethod method, string outcome, double durationMs, TValues values, RedactionKey? redaction, AuditContext? context = null, Exception? exception = null)
    {
        _method = method;
        _outcome = outcome;
        _durationMs = durationMs;
        _values = values;
        _redaction = redaction;
        _context = context;
        _addressStyle = context is null ? ClientAddressStyle.Omitted : AuditLog.ClientAddressStyle;
        _contextFields = RecordContext.Present(context, method, _addressStyle);
        _errorType = exception is not null && method.KeyNames.ErrorType is not null ? exception.GetType().FullName : null;
    }

    /// <inheritdoc />
    public int Count => FixedCount + ValueCount + 1;

    private int ContextCount => _contextFields == ContextFields.None ? 0 : RecordContext.Count(_contextFields);

    private int FixedCount => _method.Header.Length + ContextCount + (_errorType is null ? 0 : 1);

    private int ValueCount => Math.Min(_method.Keys.Length, _values.Count);

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            int header = _method.Header.Length;
            if (index >= 0 && index < header)
            {
                return Header(_method.Header[index]);
            }

            int context = ContextCount;
            if (index >= header && index < header + context)
            {
                ContextFields field = RecordContext.At(_contextFields, index - header);
                return new(RecordContext.KeyOf(_method.KeyNames, field), RecordContext.ValueOf(_context!, field, _addressStyle, _redaction));
            }

            if (_errorType is not null && index == header + context)
            {
                return new(_method.KeyNames.ErrorType!, _errorType);
            }

            int value = index - FixedCount;
            return value switch
            {
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
        int fixedCount = FixedCount;
        for (int i = 0; i < Count; i++)
        {
            int value = i - fixedCount;
            yield return values is not null && value >= 0 && value < values.Length
                ? new(_method.Keys[value], values[value])
                : this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Renders the message: <c>password_reset Succeeded in 14.354 ms (email: ada@example.com, token: [REDACTED])</c>,
    /// followed by the actor and client address when the context has them (<c>; actor: u-42; client: 203.0.113.0</c>).</summary>
    /// <returns>The readable message.</returns>
    public override string ToString()
    {
        string message = Render(_redaction);
        return _redaction is { IsCleared: true } ? Render(null) : message;
    }

    private KeyValuePair<string, object?> Header(RecordField field) => new(
        RecordHeader.KeyOf(_method, field),
        field switch
        {
            RecordField.Operation => _method.Operation,
            RecordField.Outcome => _outcome,
            RecordField.Duration => _method.KeyNames.DurationInSeconds ? _durationMs / 1000.0 : _durationMs,
            RecordField.Sensitive => _method.Sensitive,
            RecordField.Function => _method.Function,
            _ => _method.Category,
        });

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

        if (count > 0)
        {
            message.Append(')');
        }

        AppendContext(message, ContextFields.Actor, "; actor: ", redaction);
        AppendContext(message, ContextFields.ClientAddress, "; client: ", redaction);
        return MessageBuilder.Release(message);
    }

    private void AppendContext(StringBuilder message, ContextFields field, string label, RedactionKey? redaction)
    {
        if ((_contextFields & field) != 0 && RecordContext.ValueOf(_context!, field, _addressStyle, redaction) is { } value)
        {
            message.Append(label).Append(AuditLogWriter.FormatValue(value));
        }
    }

    // A null [AuditActor] value (an optional "on behalf of") leaves the actor to the context: the record still says who.
    private object? Present(int index, RedactionKey? redaction)
    {
        object? value = _values.Get(index);
        return value is null && index == _method.ActorIndex && _context?.ActorId is { } contextActor
            ? LogText.Plain(contextActor)
            : _method.Present(index, value, redaction);
    }

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
