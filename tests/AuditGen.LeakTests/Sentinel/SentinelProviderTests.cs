#pragma warning disable AG1001, AG1004, AG1006 // the secrets logged here are the point: the sentinel must catch what the analyzers would
#pragma warning disable CA1848, CA2254, CA1873 // plain ILogger calls and dynamic templates, as the code the sentinel guards is written

namespace AuditGen.LeakTests.Sentinel;

/// <summary>
/// Issue 12's "done when": every kind of secret, reaching a log record every way it can — a template argument, a value
/// named like a secret, a value after <c>token=</c> in the template, a dynamic template, a <c>LoggerMessage</c> value,
/// a custom state, a message scope, a dictionary scope, an exception and its inner exception — is masked under the JSON
/// console, Serilog (through Microsoft.Extensions.Logging) and the OpenTelemetry exporter: the raw secret appears
/// nowhere in what the provider wrote, while every record is still written with its hint.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SentinelProviderTests
{
    private static readonly Action<ILogger, string, Exception?> s_defined = LoggerMessage.Define<string>(LogLevel.Information, new EventId(7, "Defined"), "Defined call with {Detail}");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (string provider in new[] { "json", "serilog", "otel" })
        {
            for (int sample = 0; sample < SentinelSamples.All.Length; sample++)
            {
                data.Add(provider, sample);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_raw_secret_reaches_the_provider_by_any_route(string provider, int sample)
    {
        (string kind, string raw, string text, _) = SentinelSamples.All[sample];
        using CapturingProvider capture = CapturingProvider.Create(provider, b => b.AddAuditGenLeakSentinel());
        ILogger logger = capture.Factory.CreateLogger("Sentinel.Tests.Routes");

        logger.LogInformation("route=argument note {Note}", text);
        logger.LogInformation("route=named {User} signs in with {Password}", "ada", raw);
        logger.LogInformation("route=template calling partner with token={Value}", raw);
        logger.LogInformation($"route=dynamic {text}");
        s_defined(logger, "route=defined " + text, null);
        logger.Log(LogLevel.Information, new EventId(8), new CustomState("route=custom " + text), null, static (s, _) => s.ToString());
        using (logger.BeginScope("route=scope {Note}", text))
        using (logger.BeginScope(new Dictionary<string, object?> { ["note"] = text, ["route"] = "dictionary-scope" }))
        {
            logger.LogInformation("route=inside-scopes");
        }

        logger.LogError(Thrown("route=exception " + text, "inner " + text), "route=failed");
        string output = capture.Output();

        foreach (string route in new[] { "argument", "named", "template", "dynamic", "defined", "custom", "inside-scopes", "failed" })
        {
            Assert.Contains("route=" + route, output, StringComparison.Ordinal); // every record was written…
        }

        Assert.Contains("[REDACTED:" + kind + "]", output, StringComparison.Ordinal); // …with the hint…
        Assert.Contains("System.InvalidOperationException", output, StringComparison.Ordinal); // …the exception's type…
        Assert.Contains(nameof(Thrown), output, StringComparison.Ordinal); // …and its stack trace
        Assert.DoesNotContain(raw, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("serilog")]
    [InlineData("otel")]
    public void Clean_records_pass_unchanged(string provider)
    {
        using CapturingProvider capture = CapturingProvider.Create(provider, b => b.AddAuditGenLeakSentinel());
        ILogger logger = capture.Factory.CreateLogger("Sentinel.Tests.Clean");

        logger.LogInformation("Order {OrderId} for {Email} shipped, commit {Commit}, etag {ETag}", 1042, "ada@example.com", "9fceb02d0ae598e95dc970b74767f19372d61af8", "W/\"33a64df5\"");
        string output = capture.Output();

        Assert.Contains("ada@example.com", output, StringComparison.Ordinal); // Serilog renders it quoted, the others bare
        Assert.Contains("9fceb02d0ae598e95dc970b74767f19372d61af8", output, StringComparison.Ordinal);
        Assert.DoesNotContain("REDACTED", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("serilog")]
    [InlineData("otel")]
    public void Audited_records_are_not_counted_or_changed(string provider)
    {
        using CapturingProvider capture = CapturingProvider.Create(provider, b => b.AddAuditGenLeakSentinel());
        var service = new Services.LeakyAccountService(capture.Factory.CreateLogger<Services.LeakyAccountService>());

        Assert.Throws<InvalidOperationException>(() => service.ResetPassword("ada@example.com", "RESETTOKEN-sentinel"));
        string output = capture.Output();

        Assert.Contains("[REDACTED]", output, StringComparison.Ordinal); // the generator's own mask, left as it is
        Assert.DoesNotContain("RESETTOKEN-sentinel", output, StringComparison.Ordinal);
    }

    // Thrown and caught, so that it has the stack trace a provider writes.
    private static InvalidOperationException Thrown(string message, string inner)
    {
        try
        {
            throw new InvalidOperationException(message, new FormatException(inner));
        }
        catch (InvalidOperationException thrown)
        {
            return thrown;
        }
    }

    private sealed class CustomState(string text)
    {
        public override string ToString() => text;
    }
}
