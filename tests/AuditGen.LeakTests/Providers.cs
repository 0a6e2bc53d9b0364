using System.Text;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Logs;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace AuditGen.LeakTests;

/// <summary>A real log provider under test and everything it wrote, as text.</summary>
internal abstract class CapturingProvider : IDisposable
{
    public abstract string Name { get; }

    public abstract ILoggerFactory Factory { get; }

    /// <summary>Everything the provider produced: disposes the factory first, so queued records are flushed.</summary>
    public abstract string Output();

    public abstract void Dispose();

    public static IEnumerable<Func<CapturingProvider>> All() =>
        [() => new JsonConsoleCapture(), () => new SerilogCapture(), () => new OpenTelemetryCapture()];

    /// <summary>The provider named <paramref name="name"/> (<c>json</c>, <c>serilog</c>, <c>otel</c>), its factory set
    /// up further by <paramref name="configure"/> (the leak sentinel tests add the sentinel there).</summary>
    public static CapturingProvider Create(string name, Action<ILoggingBuilder>? configure = null) => name switch
    {
        "json" => new JsonConsoleCapture(configure),
        "serilog" => new SerilogCapture(configure),
        _ => new OpenTelemetryCapture(configure),
    };
}

/// <summary>Microsoft's JSON console formatter, with console output redirected while the factory lives.</summary>
internal sealed class JsonConsoleCapture : CapturingProvider
{
    private readonly StringWriter _writer = new();
    private readonly TextWriter _original = Console.Out;
    private readonly ILoggerFactory _factory;
    private bool _disposed;

    public JsonConsoleCapture(Action<ILoggingBuilder>? configure = null)
    {
        Console.SetOut(_writer);
        _factory = LoggerFactory.Create(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace).AddJsonConsole(o => o.IncludeScopes = true);
            configure?.Invoke(b);
        });
    }

    public override string Name => "JSON console";

    public override ILoggerFactory Factory => _factory;

    public override string Output()
    {
        Dispose();
        return _writer.ToString();
    }

    public override void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _factory.Dispose();
            Console.SetOut(_original);
        }
    }
}

/// <summary>Serilog through Microsoft.Extensions.Logging: the compact JSON format and the plain rendered message with
/// the exception, as a text file sink would write them.</summary>
internal sealed class SerilogCapture : CapturingProvider, Serilog.Core.ILogEventSink
{
    private readonly StringBuilder _output = new();
    private readonly CompactJsonFormatter _formatter = new();
    private readonly ILoggerFactory _factory;

    public SerilogCapture(Action<ILoggingBuilder>? configure = null)
    {
        // Scopes become properties (Enrich.FromLogContext), as a Serilog setup that shows scopes has them.
        Serilog.ILogger serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext().WriteTo.Sink(this).CreateLogger();
        _factory = LoggerFactory.Create(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace).AddProvider(new SerilogLoggerProvider(serilog, dispose: true));
            configure?.Invoke(b);
        });
    }

    public override string Name => "Serilog compact";

    public override ILoggerFactory Factory => _factory;

    public void Emit(Serilog.Events.LogEvent logEvent)
    {
        lock (_output)
        {
            using var writer = new StringWriter();
            _formatter.Format(logEvent, writer);
            _output.Append(writer).Append(logEvent.RenderMessage()).Append('\n').Append(logEvent.Exception).Append('\n');
        }
    }

    public override string Output()
    {
        Dispose();
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public override void Dispose() => _factory.Dispose();
}

/// <summary>OpenTelemetry's logging bridge with the in-memory exporter: the formatted message, every attribute and the
/// exception as an OTLP exporter would send them (type, message, stack trace).</summary>
internal sealed class OpenTelemetryCapture : CapturingProvider
{
    private readonly List<LogRecord> _records = [];
    private readonly ILoggerFactory _factory;

    public OpenTelemetryCapture(Action<ILoggingBuilder>? configure = null) =>
        _factory = LoggerFactory.Create(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace).AddOpenTelemetry(o =>
            {
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = true;
                o.ParseStateValues = true;
                o.AddInMemoryExporter(_records);
            });
            configure?.Invoke(b);
        });

    public override string Name => "OpenTelemetry in-memory";

    public override ILoggerFactory Factory => _factory;

    public override string Output()
    {
        Dispose();
        var output = new StringBuilder();
        foreach (LogRecord record in _records)
        {
            output.Append(record.FormattedMessage).Append('\n');
            foreach (KeyValuePair<string, object?> attribute in record.Attributes ?? [])
            {
                output.Append(attribute.Key).Append('=').Append(attribute.Value).Append('\n');
            }

            record.ForEachScope(static (scope, text) =>
            {
                text.Append("scope: ").Append(scope.Scope).Append('\n');
                foreach (KeyValuePair<string, object?> item in scope)
                {
                    text.Append(item.Key).Append('=').Append(item.Value).Append('\n');
                }
            }, output);

            if (record.Exception is { } exception)
            {
                output.Append(exception.GetType().FullName).Append(": ").Append(exception.Message).Append('\n').Append(exception).Append('\n');
            }
        }

        return output.ToString();
    }

    public override void Dispose() => _factory.Dispose();
}
