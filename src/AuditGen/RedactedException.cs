using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace AuditGen;

/// <summary>
/// What a logger receives in place of the exception of a failed sensitive operation: the original's type, stack trace,
/// <c>HResult</c>, <c>Source</c> and inner exceptions (each a stand-in too), but not its message or <c>Data</c>, which
/// often quote the token or password the record itself redacts. The caller of the operation still receives the
/// original exception; only the log sees this one. The leak sentinel
/// (<see cref="LeakSentinelLoggingBuilderExtensions.AddAuditGenLeakSentinel"/>) uses the same stand-in for an exception
/// whose message holds a secret-shaped value, with the message kept and only that value masked.
/// </summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Only AuditGen creates stand-ins, each from an original exception.")]
public sealed class RedactedException : Exception
{
    /// <summary>The text that replaces the original message.</summary>
    public const string RedactedMessage = "[message redacted]";

    // Inner exceptions are followed this deep; a chain this long is not something a reader of the log needs whole.
    private const int MaxDepth = 16;

    // Kept only to read its stack trace when a provider asks: formatting one (file and line lookups) costs far more
    // than the rest of the record, and most providers never read it. Never exposed.
    private readonly Exception _original;
    private readonly RedactedException[] _innerExceptions;

    private RedactedException(Exception original, string originalType, string message, RedactedException[] inner)
        : base(originalType + ": " + message, inner.Length > 0 ? inner[0] : null)
    {
        OriginalType = originalType;
        _innerExceptions = inner;
        _original = original;
        HResult = original.HResult;
        Source = Read(() => original.Source);
    }

    /// <summary>Gets the full name of the original exception's type.</summary>
    public string OriginalType { get; }

    /// <summary>Gets the original exception's stack trace.</summary>
    public override string? StackTrace => Read(() => _original.StackTrace);

    /// <summary>Renders the stand-in as <see cref="Exception.ToString"/> renders an exception: the type and the redacted
    /// message, the inner exceptions (all of an <see cref="AggregateException"/>'s), then the stack trace.</summary>
    /// <returns>The text, free of the original messages.</returns>
    public override string ToString()
    {
        // The layout of Exception.ToString and AggregateException.ToString on .NET: the first inner exception inline,
        // an aggregate's others after the stack trace.
        var text = new StringBuilder(Message);
        if (InnerException is not null)
        {
            text.AppendLine().Append(" ---> ").Append(InnerException).AppendLine().Append("   --- End of inner exception stack trace ---");
        }

        if (StackTrace is { } stackTrace)
        {
            text.AppendLine().Append(stackTrace);
        }

        for (int i = 1; i < _innerExceptions.Length; i++)
        {
            text.AppendLine().Append(" ---> (Inner Exception #").Append(i).Append(") ").Append(_innerExceptions[i]).Append("<---").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Builds the stand-in of <paramref name="original"/> and of its inner exceptions.</summary>
    /// <param name="original">The exception.</param>
    /// <returns>The stand-in.</returns>
    internal static RedactedException For(Exception original) => For(original, 0, static _ => RedactedMessage);

    /// <summary>Builds the stand-in of <paramref name="original"/> and of its inner exceptions, each carrying its own
    /// message as <paramref name="message"/> rewrites it (the leak sentinel masks the secrets in it).</summary>
    /// <param name="original">The exception.</param>
    /// <param name="message">Gives the stand-in's message from the original's.</param>
    /// <returns>The stand-in.</returns>
    internal static RedactedException For(Exception original, Func<string, string> message) =>
        For(original, 0, each => message(Read(() => each.Message) ?? string.Empty));

    private static RedactedException For(Exception original, int depth, Func<Exception, string> message)
    {
        if (original is RedactedException already)
        {
            return already;
        }

        var inner = new List<RedactedException>();
        if (depth < MaxDepth)
        {
            if (original is AggregateException aggregate)
            {
                foreach (Exception each in aggregate.InnerExceptions)
                {
                    inner.Add(For(each, depth + 1, message));
                }
            }
            else if (original.InnerException is { } single)
            {
                inner.Add(For(single, depth + 1, message));
            }
        }

        return new RedactedException(original, original.GetType().FullName ?? original.GetType().Name, message(original), [.. inner]);
    }

    // Source and StackTrace are computed by the runtime on first read; a failure there must not lose the record.
    private static string? Read(Func<string?> read)
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
