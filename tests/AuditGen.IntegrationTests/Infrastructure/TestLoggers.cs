namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>A provider that accepts every record but never reads its state: the cheapest enabled logger.</summary>
internal sealed class CountingLogger(bool enabled = true) : ILogger
{
    public int Count { get; private set; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => enabled;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => Count++;
}

/// <summary>A broken provider: every call throws.</summary>
internal sealed class ThrowingLogger(bool throwFromIsEnabled) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => throw new InvalidOperationException("scope broke");

    public bool IsEnabled(LogLevel logLevel) => throwFromIsEnabled ? throw new InvalidOperationException("IsEnabled broke") : true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        throw new InvalidOperationException("provider broke");
}

/// <summary>Routes every category to one <see cref="ILogger"/>.</summary>
internal sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
{
    public List<string> Categories { get; } = [];

    public ILogger CreateLogger(string categoryName)
    {
        Categories.Add(categoryName);
        return logger;
    }

    public void Dispose()
    {
    }
}
