using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.IntegrationTests.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuditGen.IntegrationTests;

/// <summary>
/// The wrapper's own allocations, measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/> over many calls.
/// Each Core here allocates nothing, so whatever is measured is the wrapper's. "0 bytes per call" is asserted as
/// fewer bytes in total than calls made.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AllocationTests
{
    private const int Calls = 20_000;

    public static TheoryData<string> Loggers => ["disabled", "enabled, state not read", "enabled through LoggerFactory"];

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Synchronous_call_allocates_nothing(string logger)
    {
        var hot = new HotPath(Create(logger));

        long bytes = Measure(() => hot.Add(1, 2, "key-123"));

        Assert.True(bytes < Calls, $"{bytes} bytes over {Calls} calls ({logger}).");
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Synchronously_completing_Task_allocates_nothing(string logger)
    {
        var hot = new HotPath(Create(logger));

        long task = Measure(() => hot.PingAsync(1).GetAwaiter().GetResult());
        long taskOfT = Measure(() => hot.FetchAsync(1).GetAwaiter().GetResult());

        Assert.True(task < Calls, $"Task: {task} bytes over {Calls} calls ({logger}).");
        Assert.True(taskOfT < Calls, $"Task<int>: {taskOfT} bytes over {Calls} calls ({logger}).");
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Synchronously_completing_ValueTask_allocates_nothing(string logger)
    {
        var hot = new HotPath(Create(logger));

        long valueTask = Measure(() => hot.PokeAsync(Guid.Empty).GetAwaiter().GetResult());
        long valueTaskOfT = Measure(() => hot.PeekAsync(1).GetAwaiter().GetResult());

        Assert.True(valueTask < Calls, $"ValueTask: {valueTask} bytes over {Calls} calls ({logger}).");
        Assert.True(valueTaskOfT < Calls, $"ValueTask<int>: {valueTaskOfT} bytes over {Calls} calls ({logger}).");
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void A_call_under_an_audit_context_allocates_nothing(string logger)
    {
        var service = new ContextService(Create(logger));
        var context = new AuditContext { ActorId = "u-42", ClientAddress = "203.0.113.7", RequestId = "req-1" };
        long bytes;
        using (AuditContext.Begin(context))
        {
            bytes = Measure(() => service.Refund("op-7", 1001, 1m));
        }

        Assert.True(bytes < Calls, $"{bytes} bytes over {Calls} calls ({logger}).");
    }

    [Fact]
    public void Reading_plain_values_and_masks_in_mask_mode_allocates_nothing()
    {
        var method = new AuditGen.Runtime.AuditMethod("read", 1, keys: ["plain", "secret", "email", "card", "request"], modes: "PRHMO", details: [null, null, null, "0,4,1", null]);
        object plain = "no control characters";
        object secret = "P@ssw0rd";
        object request = new object();

        long bytes = Measure(() =>
        {
            GC.KeepAlive(method.Present(0, plain, null));
            GC.KeepAlive(method.Present(1, secret, null));
            GC.KeepAlive(method.Present(2, plain, null));
            GC.KeepAlive(method.Present(4, request, null));
        });

        Assert.True(bytes < Calls, $"{bytes} bytes over {Calls} reads.");
    }

    [Fact]
    public void The_measurement_detects_allocations()
    {
        long bytes = Measure(() => GC.KeepAlive(new object()));

        Assert.True(bytes >= Calls * 24L, $"Only {bytes} bytes measured for {Calls} objects.");
    }

    private static ILogger Create(string logger) => logger switch
    {
        "disabled" => NullLogger.Instance,
        "enabled, state not read" => new CountingLogger(),
        _ => LoggerFactory.Create(b => b.AddProvider(new SingleLoggerProvider(new CountingLogger())).SetMinimumLevel(LogLevel.Trace)).CreateLogger("Hot"),
    };

    private static long Measure(Action call)
    {
        for (int i = 0; i < 1_000; i++)
        {
            call();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            call();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
