using System;
using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>Writes records for generated code so that a failing logger can never break the audited call.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditLogWriter
{
    /// <summary>Returns whether <paramref name="logger"/> is enabled at <paramref name="level"/>; <see langword="false"/> when the logger is missing or throws.</summary>
    /// <param name="logger">The logger, possibly <see langword="null"/>.</param>
    /// <param name="level">The level to check.</param>
    /// <returns>Whether a record at that level would be written.</returns>
    public static bool IsEnabled(ILogger? logger, LogLevel level)
    {
        if (logger is null)
        {
            return false;
        }

        try
        {
            return logger.IsEnabled(level);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Finds a level of <paramref name="levels"/> at which <paramref name="logger"/> is enabled.</summary>
    /// <param name="logger">The logger, possibly <see langword="null"/>.</param>
    /// <param name="levels">The levels, highest first.</param>
    /// <returns>The first enabled level, or <see langword="null"/> when none is.</returns>
    internal static LogLevel? FirstEnabled(ILogger? logger, LogLevel[] levels)
    {
        foreach (LogLevel level in levels)
        {
            if (IsEnabled(logger, level))
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>Writes one record, swallowing any exception a logger provider throws.</summary>
    /// <typeparam name="TState">The generated state type; a struct, so it is not boxed.</typeparam>
    /// <param name="logger">The logger.</param>
    /// <param name="level">The record's level.</param>
    /// <param name="eventId">The record's event id.</param>
    /// <param name="state">The structured state.</param>
    /// <param name="exception">The exception of a failed call.</param>
    /// <param name="formatter">The cached formatter of the state.</param>
    /// <returns>Whether the record was written; <see langword="false"/> when the provider threw.</returns>
    public static bool Write<TState>(ILogger logger, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try
        {
            logger.Log(level, eventId, state, exception, formatter);
            return true;
        }
        catch (Exception)
        {
            // A broken provider must not turn a successful business call into a failure, nor replace its exception.
            return false;
        }
    }

    /// <summary>The logged form of an object argument without <c>[LogProperties]</c>: its presence, never its <c>ToString()</c>.</summary>
    /// <typeparam name="T">The argument's type; generic so that structs are not boxed.</typeparam>
    /// <param name="value">The argument.</param>
    /// <returns><c>(present)</c>, or <see langword="null"/> for a null argument.</returns>
    public static string? Presence<T>(T value) => value is null ? null : "(present)";

    /// <summary>Formats a duration for the human-readable message; the structured value stays a <see cref="double"/>.</summary>
    /// <param name="durationMs">The duration in milliseconds.</param>
    /// <returns>The duration with at most three decimals, in the invariant culture.</returns>
    public static string FormatDuration(double durationMs) => durationMs.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Formats a logged value for the human-readable message, in the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The text, or <c>(null)</c>.</returns>
    public static string FormatValue<T>(T value) => value switch
    {
        null => "(null)",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(null)",
    };
}
