using System.Text;
using BenchmarkDotNet.Attributes;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>
/// What the leak sentinel costs per record: the same <c>LogInformation</c> call through a factory with the sentinel and
/// through the same factory without it, for a clean and a dirty record of 100 B, 1 KB or 10 KB, into a provider that
/// does not read the record and into one that formats it. The body is prose (a typical message) or JSON (a logged
/// payload: a <c>:</c> or <c>-</c> every few characters, the characters the scan stops at — its worst realistic case).
/// Dirty means one <c>password=…</c> pair (prose) or <c>"password":"…"</c> pair (JSON) in the middle of the body.
/// </summary>
[MemoryDiagnoser]
public class LeakSentinelBenchmarks
{
    private const string JsonChunk = "{\"orderId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"sku\":\"ABC-123\",\"qty\":2,\"at\":\"2026-11-30T09:15:27Z\",\"note\":\"Leave it at the door\"},";
    private const string JsonSecret = "\"password\":\"hunter2-bench\",";
    private const string ProseChunk = "user ada placed order 1042 of 3 items, shipping to Paris by courier after the payment was authorised; ";
    private const string ProseSecret = " password=hunter2-bench ";

    private ILoggerFactory _plain = null!;
    private ILoggerFactory _guarded = null!;
    private ILogger _plainLogger = null!;
    private ILogger _guardedLogger = null!;
    private string _body = string.Empty;

    [Params(100, 1_000, 10_000)]
    public int Size { get; set; }

    [Params(false, true)]
    public bool Dirty { get; set; }

    [Params(LoggerMode.EnabledNoRead, LoggerMode.Formatting)]
    public LoggerMode Logger { get; set; }

    [Params("prose", "json")]
    public string Text { get; set; } = "prose";

    [GlobalSetup]
    public void Setup()
    {
        _body = Body(Size, Dirty, Text == "json");
        ILogger sink = BenchmarkLoggers.Create(Logger);
        _plain = LoggerFactory.Create(b => b.AddProvider(new OneLoggerProvider(sink)));
        _guarded = LoggerFactory.Create(b => b.AddProvider(new OneLoggerProvider(sink)).AddAuditGenLeakSentinel(o => o.WarnOncePerCategory = false));
        _plainLogger = _plain.CreateLogger("Bench");
        _guardedLogger = _guarded.CreateLogger("Bench");
        Check(_body, Dirty);
    }

    /// <summary>The dirty body must be masked and the clean one not, or the numbers would measure something else.</summary>
    internal static void Check(string body, bool dirty)
    {
        var capture = new CapturingLogger();
        using ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(new OneLoggerProvider(capture)).AddAuditGenLeakSentinel(o => o.WarnOncePerCategory = false));
        factory.CreateLogger("Check").LogInformation("Request {Method} {Path} body {Body}", "POST", "/api/orders", body);
        if (capture.Message.Contains("[REDACTED", StringComparison.Ordinal) != dirty || capture.Message.Contains("hunter2", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The {(dirty ? "dirty" : "clean")} record was not handled as expected: {capture.Message}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _guarded.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Unwrapped() => _plainLogger.LogInformation("Request {Method} {Path} body {Body}", "POST", "/api/orders", _body);

    [Benchmark]
    public void Sentinel() => _guardedLogger.LogInformation("Request {Method} {Path} body {Body}", "POST", "/api/orders", _body);

    /// <summary>The logged body, sized so that the whole rendered message is <paramref name="size"/> characters.</summary>
    internal static string Body(int size, bool dirty, bool json)
    {
        (string chunk, string secret) = json ? (JsonChunk, JsonSecret) : (ProseChunk, ProseSecret);
        int length = Math.Max(secret.Length, size - "Request POST /api/orders body ".Length);
        var body = new StringBuilder(length + chunk.Length);
        while (body.Length < length)
        {
            body.Append(chunk);
        }

        body.Length = length;
        if (dirty)
        {
            // Replaces characters rather than adding them, so that clean and dirty bodies have the same length.
            int at = (length - secret.Length) / 2;
            body.Remove(at, secret.Length).Insert(at, secret);
        }

        return body.ToString();
    }

    private sealed class CapturingLogger : ILogger
    {
        public string Message { get; private set; } = string.Empty;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Message = formatter(state, exception);
    }

    private sealed class OneLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
