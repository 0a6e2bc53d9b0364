using BenchmarkDotNet.Attributes;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>
/// What the audit context costs (issue 11): one audited call with no context (the baseline), the same call under a
/// context that has an actor, client address and request id (the record grows by three keys, read only when a provider
/// reads it), and what beginning and ending a context costs once per request (an <c>AsyncLocal</c> write and restore).
/// </summary>
[MemoryDiagnoser]
public class AuditContextBenchmarks
{
    private readonly AuditContext _context = new() { ActorId = "u-42", ClientAddress = "203.0.113.7", RequestId = "req-0001" };
    private ContextBenchService _service = null!;

    [Params(LoggerMode.Disabled, LoggerMode.EnabledNoRead, LoggerMode.Formatting)]
    public LoggerMode Logger { get; set; }

    [GlobalSetup]
    public void Setup() => _service = new ContextBenchService(BenchmarkLoggers.Create(Logger));

    [Benchmark(Baseline = true)]
    public int Unset() => _service.Transfer("acc-0042", 10);

    [Benchmark]
    public int Set()
    {
        using (AuditContext.Begin(_context))
        {
            return _service.Transfer("acc-0042", 10);
        }
    }

    [Benchmark]
    public void BeginAndEndOnly()
    {
        using (AuditContext.Begin(_context))
        {
        }
    }
}

/// <summary>The audited method measured by <see cref="AuditContextBenchmarks"/>.</summary>
public partial class ContextBenchService(ILogger logger)
{
    [Audit("transfer", Category = AuditCategory.DataChange)]
    public partial int Transfer(string account, int amount);

    private int TransferCore(string account, int amount) => amount;
}
