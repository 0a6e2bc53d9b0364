using AuditGen;
using Microsoft.Extensions.Logging;

var logger = new ConsoleStateLogger();
var service = new PasswordService(logger);
await service.ResetPasswordAsync("ada@example.com", "tok_consumer_secret");
try
{
    service.Fail();
}
catch (InvalidOperationException exception)
{
    Console.WriteLine("caught: " + exception.Message);
}

public partial class PasswordService(ILogger logger)
{
    [Audit("password_reset", Sensitive = true)]
    [TrackPerformance(500)]
    public partial Task ResetPasswordAsync([Logged] string email, string token);

    [Audit("fail")]
    public partial void Fail();

    private Task ResetPasswordAsyncCore(string email, string token) => Task.CompletedTask;

    private void FailCore() => throw new InvalidOperationException("expected failure");
}

sealed class ConsoleStateLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var pairs = ((IEnumerable<KeyValuePair<string, object?>>)state!).Select(p => $"{p.Key}={p.Value}");
        Console.WriteLine($"{logLevel}|{eventId.Name}|{formatter(state, exception)}|{string.Join(";", pairs)}");
    }
}
