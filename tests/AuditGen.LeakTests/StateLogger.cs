namespace AuditGen.LeakTests;

/// <summary>Keeps each record's structured state as strings, read at write time as a structured provider would.</summary>
internal sealed class StateLogger : ILogger
{
    public List<Dictionary<string, string?>> Records { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> pairs)
        {
            Records.Add(pairs.ToDictionary(p => p.Key, p => p.Value?.ToString()));
        }
    }

    public Dictionary<string, string?> Last(string operation) => Records.Last(r => r["Operation"] == operation);
}
