using System.Runtime.CompilerServices;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using AuditGen.Runtime;
using Microsoft.Extensions.Logging.Testing;

namespace AuditGen.IntegrationTests;

/// <summary>Failure records of sensitive operations carry a stand-in exception: type and stack trace, no message.</summary>
[Collection(SerialCollection.Name)]
public sealed class ExceptionRedactionTests : IDisposable
{
    private const string Token = "tok_5b1e8d2f9a";

    private readonly FakeLogger<AccountService> _logger = Logs.Create<AccountService>();

    public void Dispose() => AuditLog.RedactExceptionMessages(ExceptionRedactionScope.SensitiveOperations);

    [Fact]
    public async Task A_sensitive_operation_logs_the_type_and_stack_but_the_caller_gets_the_original()
    {
        var service = new AccountService(_logger);
        var thrown = new InvalidOperationException($"Reset token {Token} is invalid");
        thrown.Data["token"] = Token;
        service.Behavior = () => throw thrown;

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(() => service.ResetPasswordAsync("ada@example.com", Token));

        Assert.Same(thrown, caught);
        Assert.Contains(Token, caught.Message, StringComparison.Ordinal);
        FakeLogRecord record = Assert.Single(_logger.Collector.GetSnapshot());
        var logged = Assert.IsType<RedactedException>(record.Exception);
        Assert.DoesNotContain(Token, logged.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, record.Message, StringComparison.Ordinal);
        Assert.Equal("System.InvalidOperationException: [message redacted]", logged.Message);
        Assert.Equal("System.InvalidOperationException", logged.OriginalType);
        Assert.Contains("ResetPasswordAsyncCore", logged.ToString(), StringComparison.Ordinal);
        Assert.Contains("ResetPasswordAsyncCore", logged.StackTrace, StringComparison.Ordinal);
        Assert.Equal(thrown.StackTrace, logged.StackTrace);
        Assert.Equal(thrown.HResult, logged.HResult);
        Assert.Equal(thrown.Source, logged.Source);
        Assert.Empty(logged.Data);
    }

    [Fact]
    public async Task Operations_that_redact_nothing_log_the_exception_itself_unless_all_operations_are_redacted()
    {
        var service = new AccountService(_logger) { Behavior = () => throw new InvalidOperationException("transfer broke for " + Token) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.TransferAsync("acc-1", 10m, default).AsTask());
        AuditLog.RedactExceptionMessages(ExceptionRedactionScope.AllOperations);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.TransferAsync("acc-1", 10m, default).AsTask());

        IReadOnlyList<FakeLogRecord> records = _logger.Collector.GetSnapshot();
        Assert.IsType<InvalidOperationException>(records[0].Exception);
        var logged = Assert.IsType<RedactedException>(records[1].Exception);
        Assert.DoesNotContain(Token, logged.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditLog.RedactExceptionMessages((ExceptionRedactionScope)7));
    }

    [Fact]
    public async Task An_operation_that_redacts_a_value_redacts_its_exception_messages_too()
    {
        // Framework exceptions quote their input: the record masks the password, so the exception must not repeat it.
        var service = new AccountService(_logger) { Behavior = () => throw new FormatException($"The input string '{Token}' was not in a correct format.") };

        await Assert.ThrowsAsync<FormatException>(() => service.LoginAsync("ada@example.com", Token, 1));

        var logged = Assert.IsType<RedactedException>(Assert.Single(_logger.Collector.GetSnapshot()).Exception);
        Assert.DoesNotContain(Token, logged.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stand_in_renders_like_the_exception_itself_with_the_message_replaced()
    {
        // Exceptions whose messages already are the redacted text render exactly as their stand-ins must.
        Exception shape = Nested(RedactedException.RedactedMessage, RedactedException.RedactedMessage);
        Exception secret = Nested("outer " + Token, "inner " + Token);

        string expected = shape.ToString();
        string actual = Write(secret).ToString();

        Assert.Equal(expected, actual);
        Assert.Contains("\n ---> System.FormatException: [message redacted]", actual, StringComparison.Ordinal);
        Assert.Contains("--- End of inner exception stack trace ---", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_inner_exception_of_an_aggregate_is_a_stand_in()
    {
        var aggregate = new AggregateException(
            Thrown(() => throw new TimeoutException("first " + Token)),
            new KeyNotFoundException("second " + Token, new FormatException("third " + Token)));

        var logged = (RedactedException)Write(aggregate);
        string text = logged.ToString();

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.StartsWith("System.AggregateException: [message redacted]" + Environment.NewLine + " ---> System.TimeoutException: [message redacted]", text, StringComparison.Ordinal);
        Assert.Contains(" ---> (Inner Exception #1) System.Collections.Generic.KeyNotFoundException: [message redacted]" + Environment.NewLine + " ---> System.FormatException: [message redacted]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Inner Exception #0)", text, StringComparison.Ordinal); // shown once, as the inner exception, as AggregateException does
        Assert.IsType<RedactedException>(logged.InnerException);
        Assert.Equal("System.AggregateException", logged.OriginalType);
    }

    [Fact]
    public void The_stand_in_is_built_only_for_a_record_that_is_written()
    {
        var counting = new CountingLogger(enabled: false);
        var thrown = new InvalidOperationException("secret " + Token);

        DirectCall.Write(DirectCall.Method([], "", sensitive: true), counting, AuditValues.Of(), thrown);

        Assert.Equal(0, counting.Count);
    }

    private static Exception Write(Exception failure)
    {
        var logger = new RecordingLogger();
        DirectCall.Write(DirectCall.Method(["token"], "R", sensitive: true), logger, AuditValues.Of(Token), failure);
        RecordedEntry entry = logger.Single;
        Assert.Equal(LogLevel.Error, entry.Level);
        return entry.Exception!;
    }

    // One throw site for both exceptions, so their stack traces are identical.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception Nested(string outer, string inner) => Thrown(() =>
    {
        try
        {
            throw new FormatException(inner);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException(outer, ex);
        }
    });

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing thrown");
    }
}
