using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>
/// The structured state of a slow-call record: <c>Operation</c>, <c>DurationMs</c>, <c>ThresholdMs</c>. A struct with a
/// cached formatter, so writing it allocates nothing unless a provider reads or formats it. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct SlowCallState : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The message template.</summary>
    public const string Template = "{Operation} took {DurationMs} ms, at or over its {ThresholdMs} ms threshold";

    /// <summary>The message template in the OpenTelemetry key profile.</summary>
    internal const string SecondsTemplate = "{auditgen.operation} took {auditgen.duration} s, at or over its {auditgen.threshold} s threshold";

    /// <summary>The cached formatter passed to <c>ILogger.Log</c>.</summary>
    public static readonly Func<SlowCallState, Exception?, string> Formatter = static (state, _) => state.ToString();

    private readonly string _operation;
    private readonly double _durationMs;
    private readonly int _thresholdMs;
    private readonly Generators.Common.RecordKeyNames? _names;

    /// <summary>Creates the state.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="durationMs">The call's duration in milliseconds.</param>
    /// <param name="thresholdMs">The configured threshold in milliseconds.</param>
    public SlowCallState(string operation, double durationMs, int thresholdMs)
    {
        _operation = operation;
        _durationMs = durationMs;
        _thresholdMs = thresholdMs;
        _names = null;
    }

    internal SlowCallState(string operation, double durationMs, int thresholdMs, Generators.Common.RecordKeyNames names)
        : this(operation, durationMs, thresholdMs) => _names = names;

    private Generators.Common.RecordKeyNames Names => _names ?? Generators.Common.RecordKeyNames.Default;

    /// <inheritdoc />
    public int Count => 4;

    /// <inheritdoc />
    /// <remarks>In the OpenTelemetry key profile the keys are <c>auditgen.operation</c>, <c>auditgen.duration</c> and
    /// <c>auditgen.threshold</c>, both in seconds.</remarks>
    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new KeyValuePair<string, object?>(Names.Operation, _operation),
        1 => new KeyValuePair<string, object?>(Names.Duration, Names.DurationInSeconds ? _durationMs / 1000.0 : _durationMs),
        2 => new KeyValuePair<string, object?>(Names.Threshold, Names.DurationInSeconds ? _thresholdMs / 1000.0 : _thresholdMs),
        3 => new KeyValuePair<string, object?>("{OriginalFormat}", Names.DurationInSeconds ? SecondsTemplate : Template),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

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

    /// <summary>Renders the message from the template.</summary>
    /// <returns>The readable message.</returns>
    public override string ToString() =>
        _operation + " took " + AuditLogWriter.FormatDuration(_durationMs) + " ms, at or over its "
        + _thresholdMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms threshold";
}
