using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>Reads the structured state of records captured by <see cref="FakeLogger"/> (which stores values as strings).</summary>
internal static class Logs
{
    public static IReadOnlyList<KeyValuePair<string, string?>> State(this FakeLogRecord record) =>
        record.StructuredState ?? throw new InvalidOperationException("The record has no structured state.");

    public static string? Value(this FakeLogRecord record, string key)
    {
        IReadOnlyList<KeyValuePair<string, string?>> state = record.State();
        Assert.Contains(state, p => p.Key == key);
        return state.Single(p => p.Key == key).Value;
    }

    public static IReadOnlyList<string> Keys(this FakeLogRecord record) => record.State().Select(p => p.Key).ToList();

    public static FakeLogRecord Single(this FakeLogger logger, string operation) =>
        Assert.Single(logger.Collector.GetSnapshot(), r => r.State().Any(p => p.Key == "Operation" && p.Value == operation));

    public static FakeLogger<T> Create<T>()
    {
        var logger = new FakeLogger<T>();
        logger.ControlLevel(LogLevel.Trace, true);
        return logger;
    }
}
