#pragma warning disable CA1848, CA2254 // plain ILogger calls, as the code the sentinel guards is written

namespace AuditGen.LeakTests.Sentinel;

/// <summary>What the sentinel does when it cannot read a record: a value or scope whose <c>ToString()</c> throws is
/// passed on withheld — never unread, which could pass a secret on, and never dropped, which would hide that something
/// was logged — and a throwing exception message is no reason to lose the record.</summary>
[Collection(SerialCollection.Name)]
public sealed class SentinelFailureTests
{
    [Fact]
    public void A_value_that_cannot_be_read_is_withheld_and_the_call_goes_on()
    {
        var list = new ListProvider();
        using ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(list).AddAuditGenLeakSentinel(o => o.WarnOncePerCategory = false));
        ILogger logger = factory.CreateLogger("Broken");

        logger.LogInformation("Payload {Payload}", new ThrowingValue());
        using (logger.BeginScope(new ThrowingValue()))
        {
            logger.LogInformation("inside a broken scope");
        }

        Assert.Equal("[REDACTED:uninspectable]", list.Records.First().Message);
        Assert.Contains(list.Records, r => r.Message == "inside a broken scope");
    }

    [Fact]
    public void An_exception_whose_message_throws_still_lets_the_record_through()
    {
        var list = new ListProvider();
        using ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(list).AddAuditGenLeakSentinel());

        factory.CreateLogger("Broken").LogError(new ThrowingMessageException(), "failed with token={Token}", "broken-secret-1");

        Assert.Equal("failed with token=[REDACTED:token]", Assert.Single(list.Records, r => r.Category == "Broken").Message);
    }

    private sealed class ThrowingValue
    {
        public override string ToString() => throw new InvalidOperationException("no text");
    }

    private sealed class ThrowingMessageException : Exception
    {
        public override string Message => throw new InvalidOperationException("no message");
    }
}
