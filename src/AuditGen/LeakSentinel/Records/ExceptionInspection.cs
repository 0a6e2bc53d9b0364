using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>
/// Inspects a record's exception: the message of each exception in its chain (inner exceptions, every exception of an
/// <see cref="AggregateException"/>), and the whole <see cref="Exception.ToString"/> of types that override it, since
/// providers write that. A secret anywhere gives a <see cref="RedactedException"/> stand-in carrying each message with
/// its secrets masked, the original type names and stack traces; the caller still has the original.
/// </summary>
internal static class ExceptionInspection
{
    private const int MaxDepth = 16;
    private const string Where = "the exception";

    private static readonly ConcurrentDictionary<Type, bool> s_overridesToString = new();

    /// <summary>The stand-in to hand providers, or null when the exception holds no secret.</summary>
    public static Exception? Mask(Exception exception, ref LeakTally? tally)
    {
        if (exception is RedactedException)
        {
            return null; // AuditGen's own stand-in: its messages are already redacted or masked
        }

        LeakTally? found = null;
        Inspect(exception, 0, ref found);
        if (found is null)
        {
            return null;
        }

        foreach ((string kind, string where) in found.Entries)
        {
            LeakTally.Add(ref tally, kind, where);
        }

        return RedactedException.For(exception, LeakScanner.Mask);
    }

    private static void Inspect(Exception exception, int depth, ref LeakTally? tally)
    {
        Scan(Read(() => exception.Message), ref tally);
        if (OverridesToString(exception.GetType()))
        {
            Scan(Read(exception.ToString), ref tally);
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (exception is AggregateException aggregate)
        {
            foreach (Exception inner in aggregate.InnerExceptions)
            {
                Inspect(inner, depth + 1, ref tally);
            }
        }
        else if (exception.InnerException is { } single)
        {
            Inspect(single, depth + 1, ref tally);
        }
    }

    private static void Scan(string? text, ref LeakTally? tally)
    {
        if (text is not null && LeakScanner.Scan(text) is { } findings)
        {
            LeakTally.AddAll(ref tally, findings, Where);
        }
    }

    // Exception.ToString is the message, the inner exceptions and the stack trace, all read above; a type that overrides
    // it (FileNotFoundException's fusion log, an application's own) may write more.
    private static bool OverridesToString(Type type) => s_overridesToString.GetOrAdd(type, static t =>
    {
        MethodInfo? method = t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
        return method is not null && method.DeclaringType != typeof(Exception) && method.DeclaringType != typeof(AggregateException);
    });

    // A message getter that throws is not evidence either way; the provider will meet the same exception.
    private static string? Read(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (Exception)
        {
            return null;
        }
    }
}
