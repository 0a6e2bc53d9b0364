using System.Collections.Concurrent;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests.Infrastructure;

/// <summary>One record as a provider sees it: the state read once (values with their types), the rendered message,
/// the exception, and the state object itself for reading it again later.</summary>
internal sealed record RecordedEntry(LogLevel Level, object State, IReadOnlyList<KeyValuePair<string, object?>> Values, string Message, Exception? Exception)
{
    public object? Value(string key) => Values.Single(p => p.Key == key).Value;
}

/// <summary>A thread-safe provider that reads each record's state once and formats its message, as most providers do.</summary>
internal sealed class RecordingLogger : ILogger
{
    public ConcurrentQueue<RecordedEntry> Entries { get; } = new();

    public RecordedEntry Single => Assert.Single(Entries);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = ((IReadOnlyList<KeyValuePair<string, object?>>)state!).ToList();
        Entries.Enqueue(new RecordedEntry(logLevel, state!, values, formatter(state, exception), exception));
    }
}

/// <summary>Writes records straight through the runtime, with a descriptor built as generated code builds one: the
/// modes the generator does not emit yet can be tested end to end.</summary>
internal static class DirectCall
{
    public static AuditMethod Method(string[] keys, string modes, string?[]? details = null, bool sensitive = false, string operation = "direct") =>
        new(operation, 1, keys: keys, modes: modes, details: details, sensitive: sensitive);

    public static void Write<TValues>(AuditMethod method, ILogger logger, TValues values, Exception? failure = null)
        where TValues : struct, IAuditValues
    {
        AuditCall<TValues> call = AuditCall.Begin(method, logger, values);
        if (failure is not null)
        {
            call.Fail(failure);
        }

        call.End();
    }

    /// <summary>Writes one value in one mode and returns what the state and the message show for it.</summary>
    public static (object? State, string Message) Show(char mode, object? value, string? detail = null)
    {
        var logger = new RecordingLogger();
        Write(Method(["v"], mode.ToString(), [detail]), logger, AuditValues.Of(value));
        RecordedEntry entry = logger.Single;
        return (entry.Value("v"), entry.Message);
    }

    /// <summary>The value's part of a rendered message: <c>direct Succeeded in 0.1 ms (v: …)</c>.</summary>
    public static string Rendered(string message, string key = "v")
    {
        int start = message.IndexOf(" (" + key + ": ", StringComparison.Ordinal) + key.Length + 4;
        return message.Substring(start, message.Length - start - 1);
    }
}
