using System;
using System.Collections.Generic;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>
/// Everything that is fixed about one audited method, decided at compile time and built once into a static field of the
/// generated code: the operation, levels and event ids of its records, the record's keys and how each value is written.
/// Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AuditMethod
{
    /// <summary>The <c>modes</c> character of a value written as it is.</summary>
    public const char PlainMode = 'P';

    /// <summary>The <c>modes</c> character of a credential (password, token, key, code…): always the mask, never hashed.</summary>
    public const char RedactedMode = 'R';

    /// <summary>The <c>modes</c> character of a personal identifier (email, client address, user id…): the mask, or its
    /// keyed hash in the hash domain of <c>details</c> (the key's name when null) once keyed-hash redaction is on.</summary>
    public const char PersonalMode = 'H';

    /// <summary>The <c>modes</c> character of an identifier written partially masked; <c>details</c> holds
    /// <c>"first,last,preserveLength"</c> (e.g. <c>"0,4,1"</c>).</summary>
    public const char MaskedMode = 'M';

    /// <summary>The <c>modes</c> character of a URL: written without user info, with query values and fragment masked.</summary>
    public const char UrlMode = 'U';

    /// <summary>The <c>modes</c> character of a key/value pair: its value is written only when its key names no secret.</summary>
    public const char KeyValueMode = 'K';

    /// <summary>The <c>modes</c> character of an object written only as present or null, never through <c>ToString()</c>.</summary>
    public const char PresenceMode = 'O';

    private static readonly string[] NoKeys = [];

    private readonly FallbackLogger? _fallback;

    /// <summary>Creates the descriptor of one audited method.</summary>
    /// <param name="operation">The operation name: the <c>[Audit]</c> name, else <c>Type.Method</c>.</param>
    /// <param name="eventId">The event id of the completion record.</param>
    /// <param name="level">The level of the completion record for succeeded and canceled calls.</param>
    /// <param name="audit">Whether a completion record is written (<c>[Audit]</c>); otherwise only slow calls are.</param>
    /// <param name="sensitive">The <c>Sensitive</c> flag of the completion record.</param>
    /// <param name="keys">The record keys of the logged values, in order.</param>
    /// <param name="modes">One character per key: <see cref="PlainMode"/>, <see cref="RedactedMode"/>, <see cref="PersonalMode"/>,
    /// <see cref="MaskedMode"/>, <see cref="UrlMode"/>, <see cref="KeyValueMode"/> or <see cref="PresenceMode"/>.</param>
    /// <param name="slowThresholdMs">With <c>[TrackPerformance]</c>, the threshold of the slow-call record; 0 for none.</param>
    /// <param name="slowLevel">The level of the slow-call record.</param>
    /// <param name="slowEventId">The event id of the slow-call record.</param>
    /// <param name="fallbackCategory">The category of the fallback logger when the method has no logger of its own, else <see langword="null"/>.</param>
    /// <param name="details">Per key, what its mode needs beyond the character (a hash domain, a mask shape), or null.</param>
    /// <param name="category">The <c>Category</c> value (<c>authentication</c>…), or null for none.</param>
    /// <param name="required">Whether the call must not run unaudited (<see cref="AuditUnavailableException"/>).</param>
    /// <param name="profile">The key profile: 0 for the default keys, 1 for OpenTelemetry's.</param>
    /// <param name="function">The fully qualified method name (<c>Shop.AuthService.ResetPasswordAsync</c>).</param>
    /// <param name="actor">The index in <paramref name="keys"/> of the <c>[AuditActor]</c> value, or -1.</param>
    public AuditMethod(
        string operation,
        int eventId,
        LogLevel level = LogLevel.Information,
        bool audit = true,
        bool sensitive = false,
        string[]? keys = null,
        string? modes = null,
        int slowThresholdMs = 0,
        LogLevel slowLevel = LogLevel.Warning,
        int slowEventId = 0,
        string? fallbackCategory = null,
        string?[]? details = null,
        string? category = null,
        bool required = false,
        int profile = 0,
        string? function = null,
        int actor = -1)
    {
        Operation = operation ?? string.Empty;
        EventId = new EventId(eventId, Operation);
        Level = level;
        Audit = audit;
        Sensitive = sensitive;
        Keys = keys ?? NoKeys;
        Modes = modes ?? string.Empty;
        Details = details ?? [];
        SlowThresholdMs = slowThresholdMs;
        SlowLevel = slowLevel;
        SlowEventId = new EventId(slowEventId, Operation + ".slow");
        _fallback = fallbackCategory is null ? null : new FallbackLogger(fallbackCategory);
        Category = category;
        Required = required && audit;
        KeyNames = Generators.Common.RecordKeyNames.For(profile);
        Function = function;
        ActorIndex = actor >= 0 && actor < Keys.Length ? actor : -1;
        Header = RecordHeader.For(this);
        Template = AuditRecordTemplate.For(KeyNames, Keys);
        RedactsExceptionMessages = sensitive || Modes.IndexOfAny([RedactedMode, PersonalMode, MaskedMode, UrlMode, KeyValueMode]) >= 0;
        LevelsToCheck = LevelsFor(this);
    }

    /// <summary>Gets the operation name.</summary>
    public string Operation { get; }

    /// <summary>Gets the event id (and name) of the completion record.</summary>
    public EventId EventId { get; }

    /// <summary>Gets the level of succeeded and canceled completion records.</summary>
    public LogLevel Level { get; }

    /// <summary>Gets whether a completion record is written.</summary>
    public bool Audit { get; }

    /// <summary>Gets the <c>Sensitive</c> flag of the completion record.</summary>
    public bool Sensitive { get; }

    /// <summary>Gets the threshold of the slow-call record, or 0.</summary>
    public int SlowThresholdMs { get; }

    /// <summary>Gets the level of the slow-call record.</summary>
    public LogLevel SlowLevel { get; }

    /// <summary>Gets the event id (and name) of the slow-call record.</summary>
    public EventId SlowEventId { get; }

    /// <summary>Gets the category written into every record, or <see langword="null"/>.</summary>
    public string? Category { get; }

    /// <summary>Gets whether the call fails with <see cref="AuditUnavailableException"/> before its body when the record cannot be written.</summary>
    public bool Required { get; }

    /// <summary>Gets the fully qualified method name, or <see langword="null"/>.</summary>
    public string? Function { get; }

    internal string[] Keys { get; }

    internal Generators.Common.RecordKeyNames KeyNames { get; }

    /// <summary>The record's own fields before the context and the values, in order.</summary>
    internal RecordField[] Header { get; }

    /// <summary>The index of the <c>[AuditActor]</c> value, or -1: with one, the context's actor is not written.</summary>
    internal int ActorIndex { get; }

    internal string Modes { get; }

    internal string?[] Details { get; }

    /// <summary>Whether a failure record carries the exception without its message: in a sensitive operation, and in any
    /// operation that redacts a value — framework exceptions quote their input (<c>The given key 'rst_9f…' was not
    /// present</c>, <c>The input string '4821' was not in a correct format</c>), so the record would leak what it masks.</summary>
    internal bool RedactsExceptionMessages { get; }

    internal string Template { get; }

    /// <summary>Every level a record of this method can have: a call is skipped only when none is enabled, so a failure
    /// or slow-call record is never lost because the success level is off.</summary>
    internal LogLevel[] LevelsToCheck { get; }

    internal bool HasFallback => _fallback is not null;

    internal ILogger? ResolveFallback() => _fallback?.Get();

    /// <summary>
    /// Writes a value as its key's mode says. Runs only when a provider reads the record; plain values without control
    /// characters and every mask are returned without allocating.
    /// </summary>
    /// <param name="index">The value's index in <see cref="Keys"/>.</param>
    /// <param name="value">The value, or a deferred read of it.</param>
    /// <param name="redaction">The keyed-hash settings the record was created under; <see langword="null"/> in mask mode.</param>
    /// <returns>What the record shows.</returns>
    internal object? Present(int index, object? value, RedactionKey? redaction)
    {
        if (value is IDeferredAuditValue deferred)
        {
            value = deferred.Read();
        }

        char mode = index < Modes.Length ? Modes[index] : RedactedMode; // fail closed if the generator and runtime disagree
        try
        {
            return Render(mode, index, value, redaction);
        }
        catch (Exception)
        {
            // Rendering a value must not cost the record: whatever our formatting chokes on is masked.
            return AuditLog.RedactedText;
        }
    }

    private object? Render(char mode, int index, object? value, RedactionKey? redaction) =>
        mode switch
        {
            PlainMode => LogText.Plain(value),
            RedactedMode => AuditLog.RedactedText, // a credential is never hashed: a hash of a short secret is an oracle
            PersonalMode => AuditRedactor.Pseudonymize(value, Detail(index) ?? Keys[index], redaction),
            MaskedMode => MaskedStyle.Apply(value, Detail(index)),
            UrlMode => UrlSanitizer.Sanitize(value),
            KeyValueMode => KeyValueRenderer.Render(value, Detail(index)),
            PresenceMode => AuditLogWriter.Presence(value),
            _ => AuditLog.RedactedText,
        };

    private string? Detail(int index) => index < Details.Length ? Details[index] : null;

    // The success level first (the record most calls write, so its check is not repeated when the call succeeds),
    // then Error, then the slow-call level; never a level that cannot be enabled.
    private static LogLevel[] LevelsFor(AuditMethod method)
    {
        var levels = new List<LogLevel>(3);
        if (method.Audit)
        {
            levels.Add(method.Level);
            levels.Add(LogLevel.Error);
        }

        if (method.SlowThresholdMs > 0)
        {
            levels.Add(method.SlowLevel);
        }

        var distinct = new List<LogLevel>(levels.Count);
        foreach (LogLevel level in levels)
        {
            if (level is >= LogLevel.Trace and < LogLevel.None && !distinct.Contains(level))
            {
                distinct.Add(level);
            }
        }

        return [.. distinct];
    }
}
