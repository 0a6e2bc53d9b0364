namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>A logger whose enabled levels and failures a test chooses; keeps every record's level and state.</summary>
internal sealed class ConfigurableLogger(LogLevel minimum = LogLevel.Trace, bool throws = false) : ILogger
{
    public List<(LogLevel Level, IReadOnlyList<KeyValuePair<string, object?>> State, string Message)> Records { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (throws)
        {
            throw new InvalidOperationException("the audit store is down");
        }

        Records.Add((logLevel, ((IReadOnlyList<KeyValuePair<string, object?>>)state!).ToList(), formatter(state, exception)));
    }

    public object? Value(int record, string key) => Records[record].State.Single(p => p.Key == key).Value;

    public string[] Keys(int record) => Records[record].State.Select(p => p.Key).ToArray();
}
