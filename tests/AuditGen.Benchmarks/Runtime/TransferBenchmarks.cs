using AuditGen.Benchmarks.Runtime.Variants;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>
/// One audited call, every way it is done, in every shape and logger setup. The hand-written [LoggerMessage] variant is
/// the baseline of each shape, so the Ratio column reads "cost relative to the best hand-written code".
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TransferBenchmarks
{
    private const string Account = "acc-0042";
    private const string Password = "s3cret-Passw0rd";

    private ITransferService _bare = null!;
    private ITransferService _handWritten = null!;
    private ITransferService _naive = null!;
    private ITransferService _auditGen = null!;
    private ITransferService _dispatchProxy = null!;
    private ITransferService _castle = null!;
    private ITransferService _aspectInjector = null!;

    [Params(LoggerMode.Disabled, LoggerMode.EnabledNoRead, LoggerMode.Formatting)]
    public LoggerMode Logger { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ILogger logger = BenchmarkLoggers.Create(Logger);
        _bare = new BareService();
        _handWritten = new HandWrittenService(logger);
        _naive = new NaiveService(logger);
        _auditGen = new AuditGenService(logger);
        _dispatchProxy = DispatchProxyService.Create(logger);
        _castle = CastleProxyService.Create(logger);
        _aspectInjector = new AspectInjectorService(logger);
    }

    [Benchmark, BenchmarkCategory("Sync")] public int Bare_Sync() => _bare.Transfer(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("Sync")] public int HandWritten_Sync() => _handWritten.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int Naive_Sync() => _naive.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int AuditGen_Sync() => _auditGen.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int DispatchProxy_Sync() => _dispatchProxy.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int Castle_Sync() => _castle.Transfer(Account, 10, Password);
    [Benchmark, BenchmarkCategory("Sync")] public int AspectInjector_Sync() => _aspectInjector.Transfer(Account, 10, Password);

    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> Bare_TaskCompleted() => _bare.TransferCompletedAsync(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("TaskCompleted")] public Task<int> HandWritten_TaskCompleted() => _handWritten.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> Naive_TaskCompleted() => _naive.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> AuditGen_TaskCompleted() => _auditGen.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> DispatchProxy_TaskCompleted() => _dispatchProxy.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> Castle_TaskCompleted() => _castle.TransferCompletedAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskCompleted")] public Task<int> AspectInjector_TaskCompleted() => _aspectInjector.TransferCompletedAsync(Account, 10, Password);

    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> Bare_TaskYielding() => _bare.TransferYieldingAsync(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("TaskYielding")] public Task<int> HandWritten_TaskYielding() => _handWritten.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> Naive_TaskYielding() => _naive.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> AuditGen_TaskYielding() => _auditGen.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> DispatchProxy_TaskYielding() => _dispatchProxy.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> Castle_TaskYielding() => _castle.TransferYieldingAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("TaskYielding")] public Task<int> AspectInjector_TaskYielding() => _aspectInjector.TransferYieldingAsync(Account, 10, Password);

    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> Bare_ValueTask() => _bare.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark(Baseline = true), BenchmarkCategory("ValueTask")] public ValueTask<int> HandWritten_ValueTask() => _handWritten.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> Naive_ValueTask() => _naive.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> AuditGen_ValueTask() => _auditGen.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> DispatchProxy_ValueTask() => _dispatchProxy.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> Castle_ValueTask() => _castle.TransferValueTaskAsync(Account, 10, Password);
    [Benchmark, BenchmarkCategory("ValueTask")] public ValueTask<int> AspectInjector_ValueTask() => _aspectInjector.TransferValueTaskAsync(Account, 10, Password);
}
