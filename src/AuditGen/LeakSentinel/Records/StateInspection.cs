using System;
using System.Collections.Generic;
using System.Reflection;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>
/// Inspects a record's or a scope's state, whatever its type: a list of pairs (<see cref="ListInspection"/>), a string,
/// a sequence of pairs (a dictionary scope), or anything else by the text a provider would write for it. Returns the
/// state to hand the provider instead, or null when the original may pass. Nothing is allocated for a clean list or
/// string state: the closure that renders the original message is made only for a masked one.
/// </summary>
internal static class StateInspection
{
    private const string Message = "the message";
    private const string AScope = "a scope";

    /// <summary>A record's state; its message is the caller's formatter over it.</summary>
    public static MaskedState? Record<TState>(TState state, Exception? exception, Func<TState, Exception?, string>? formatter, ref LeakTally? tally)
    {
        if (state is string text)
        {
            return MaskText(text, Message, ref tally);
        }

        if (Pairs(state, ref tally) is { } masked)
        {
            return new MaskedState(masked, Renderer(state, exception, formatter));
        }

        return IsPairs(state) ? null : MaskText(Renderer(state, exception, formatter)(), Message, ref tally);
    }

    /// <summary>A scope's state; its text is its <c>ToString()</c>, as the console's scope output writes it.</summary>
    public static MaskedState? Scope<TState>(TState state, ref LeakTally? tally)
    {
        if (state is string text)
        {
            return MaskText(text, AScope, ref tally);
        }

        if (Pairs(state, ref tally) is { } masked)
        {
            return new MaskedState(masked, Renderer<TState>(state, null, null));
        }

        return IsPairs(state) ? null : MaskText(state?.ToString() ?? string.Empty, AScope, ref tally);
    }

    private static bool IsPairs<TState>(TState state) =>
        StateReader<TState>.Read is not null || state is IEnumerable<KeyValuePair<string, object?>>;

    private static MaskedPairs? Pairs<TState>(TState state, ref LeakTally? tally)
    {
        if (StateReader<TState>.Read is { } read)
        {
            return read(state, ref tally);
        }

        // A dictionary or another sequence of pairs: copied to a list once, then inspected like one.
        return state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? ListInspection.Inspect(new List<KeyValuePair<string, object?>>(pairs), ref tally)
            : null;
    }

    // A separate method, so that the closure (and a boxed copy of a struct state) is allocated only when it is needed.
    private static Func<string> Renderer<TState>(TState state, Exception? exception, Func<TState, Exception?, string>? formatter) =>
        () => formatter is null ? state?.ToString() ?? string.Empty : formatter(state, exception);

    private static MaskedState? MaskText(string text, string where, ref LeakTally? tally)
    {
        List<LeakFinding>? findings = LeakScanner.Scan(text);
        if (findings is null)
        {
            return null;
        }

        LeakTally.AddAll(ref tally, findings, where);
        return MaskedState.FromMessage(LeakScanner.Mask(text, findings));
    }
}

/// <summary>How a state type is read as a list of pairs, decided once per type: reference types through the interface,
/// struct states (<c>FormattedLogValues</c>, <c>[LoggerMessage]</c> structs, AuditGen's records) through a delegate to
/// the generic inspection closed over the struct type, so that reading them never boxes them. Null: not a list.</summary>
internal static class StateReader<TState>
{
    public delegate MaskedPairs? Reader(TState state, ref LeakTally? tally);

    public static readonly Reader? Read = Create();

    private static Reader? Create()
    {
        if (!typeof(IReadOnlyList<KeyValuePair<string, object?>>).IsAssignableFrom(typeof(TState)))
        {
            return null;
        }

        if (typeof(TState).IsValueType)
        {
            try
            {
                MethodInfo method = typeof(StructReader).GetMethod(nameof(StructReader.Read), BindingFlags.Public | BindingFlags.Static)!;
                return (Reader)method.MakeGenericMethod(typeof(TState)).CreateDelegate(typeof(Reader));
            }
            catch (Exception)
            {
                // No dynamic code (Native AOT): fall back to reading the boxed struct through the interface.
            }
        }

        return static (TState state, ref LeakTally? tally) =>
            ListInspection.Inspect((IReadOnlyList<KeyValuePair<string, object?>>)state!, ref tally);
    }
}

/// <summary>The struct-typed entry of <see cref="StateReader{TState}"/>.</summary>
internal static class StructReader
{
    public static MaskedPairs? Read<TList>(TList state, ref LeakTally? tally)
        where TList : struct, IReadOnlyList<KeyValuePair<string, object?>> =>
        ListInspection.Inspect(in state, ref tally);
}
