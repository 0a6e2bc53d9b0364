using Microsoft.Extensions.Logging.Abstractions;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>The three logger setups every variant is measured with.</summary>
public enum LoggerMode
{
    /// <summary>The level is off: <see cref="NullLogger"/>.</summary>
    Disabled,

    /// <summary>Enabled, and the provider does not read the state (an exporter that batches, a sampler that drops).</summary>
    EnabledNoRead,

    /// <summary>Enabled, and the provider formats the message, as the console provider does (without the I/O).</summary>
    Formatting,
}

public static class BenchmarkLoggers
{
    public static ILogger Create(LoggerMode mode) => mode switch
    {
        LoggerMode.Disabled => NullLogger.Instance,
        LoggerMode.EnabledNoRead => new NonReadingLogger(),
        _ => new FormattingLogger(),
    };

    private sealed class NonReadingLogger : ILogger
    {
        public int Count { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => Count++;
    }

    private sealed class FormattingLogger : ILogger
    {
        public long Characters { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Characters += formatter(state, exception).Length;
    }
}
