using System;
using AuditGen.LeakSentinel.Detection;
using AuditGen.LeakSentinel.Records;
using Microsoft.Extensions.Logging;

namespace AuditGen.LeakSentinel;

/// <summary>
/// The logger the sentinel hands out: inspects each record (state, rendered message, exception) and each scope before
/// the factory's logger fans it out to the providers, and passes either the original or a masked copy. Stateless apart
/// from its inner logger, so it is as thread-safe as that logger.
/// </summary>
internal sealed class SentinelLogger(ILogger inner, string category, LeakReporter reporter) : ILogger
{
    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        LeakTally? tally = null;
        MaskedState? masked;
        try
        {
            masked = StateInspection.Scope(state, ref tally);
        }
        catch (Exception)
        {
            masked = Withheld(ref tally, "a scope");
        }

        Report(default, tally);
        return masked is null ? inner.BeginScope(state) : inner.BeginScope(masked);
    }

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return; // no provider wants it: nothing to inspect
        }

        LeakTally? tally = null;
        Exception? standIn = null;
        MaskedState? masked;
        try
        {
            standIn = exception is null ? null : ExceptionInspection.Mask(exception, ref tally);
            masked = StateInspection.Record(state, standIn ?? exception, formatter, ref tally);
        }
        catch (Exception)
        {
            // A value's ToString() or the caller's formatter threw while the record was read. Passing the record on
            // unread could pass a secret on; dropping it would hide that something was logged. It goes on withheld.
            masked = Withheld(ref tally, "the message");
            standIn = exception is null ? null : RedactedException.For(exception);
        }

        if (masked is null)
        {
            inner.Log(logLevel, eventId, state, standIn ?? exception, formatter);
        }
        else
        {
            inner.Log(logLevel, eventId, masked, standIn ?? exception, MaskedState.Format);
        }

        Report(eventId, tally);
    }

    private static MaskedState Withheld(ref LeakTally? tally, string where)
    {
        LeakTally.Add(ref tally, LeakKinds.Uninspectable, where);
        return MaskedState.FromMessage(LeakKinds.Mask(LeakKinds.Uninspectable));
    }

    private void Report(EventId eventId, LeakTally? tally)
    {
        if (tally is not null)
        {
            reporter.Report(category, eventId, tally);
        }
    }
}
