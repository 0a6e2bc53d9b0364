namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>Keeps each record's state values with their original types (FakeLogger turns them into strings).</summary>
internal sealed class StateCapturingLogger : ILogger
{
    public List<IReadOnlyList<KeyValuePair<string, object?>>> States { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        States.Add(((IReadOnlyList<KeyValuePair<string, object?>>)state!).ToList());
}
