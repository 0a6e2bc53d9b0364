using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AuditGen.Sample;

/// <summary>
/// Writes each record as one JSON line, synchronously, so the sample's output stays in call order. (The built-in
/// <c>AddJsonConsole</c> writes the same fields from a background queue, which interleaves with <c>Console.WriteLine</c>.)
/// </summary>
public sealed class JsonLinesLoggerProvider(TextWriter output) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new JsonLinesLogger(categoryName, this);

    public void Dispose()
    {
    }

    private void Write(string category, LogLevel level, EventId eventId, string message, Exception? exception, IEnumerable<KeyValuePair<string, object?>>? state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("Level", level.ToString());
            json.WriteString("Category", category);
            json.WriteNumber("EventId", eventId.Id);
            json.WriteString("Message", message);
            if (exception is not null)
            {
                json.WriteString("Exception", exception.GetType().FullName + ": " + exception.Message);
            }

            json.WriteStartObject("State");
            foreach (KeyValuePair<string, object?> pair in state ?? [])
            {
                json.WritePropertyName(pair.Key);
                JsonSerializer.Serialize(json, pair.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        lock (_gate)
        {
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private sealed class JsonLinesLogger(string category, JsonLinesLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, eventId, formatter(state, exception), exception, state as IEnumerable<KeyValuePair<string, object?>>);
            }
        }
    }
}
