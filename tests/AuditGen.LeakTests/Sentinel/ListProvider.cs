using System.Collections.Concurrent;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>An in-memory provider with an alias, as real providers have one ("Console"): keeps each record's category,
/// level, message and structured values, so tests can see what a provider received.</summary>
[ProviderAlias("List")]
internal sealed class ListProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, string State)> Records { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            provider.Records.Enqueue((category, logLevel, formatter(state, exception), values));
        }
    }
}

/// <summary>An enabled provider that reads nothing of a record: what the allocation test measures the sentinel against.</summary>
internal sealed class NonReadingProvider : ILoggerProvider
{
    private static readonly NonReadingLogger Logger = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }

    private sealed class NonReadingLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
