using AuditGen.Benchmarks.Runtime.Variants;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AuditGen.Benchmarks.Runtime;

/// <summary>[TrackPerformance] alone, under and over its threshold, against the hand-written equivalent.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TrackPerformanceBenchmarks
{
    private TrackedAuditGenService _auditGen = null!;
    private TrackedHandWrittenService _handWritten = null!;

    [Params(LoggerMode.Disabled, LoggerMode.EnabledNoRead, LoggerMode.Formatting)]
    public LoggerMode Logger { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ILogger logger = BenchmarkLoggers.Create(Logger);
        _auditGen = new TrackedAuditGenService(logger);
        _handWritten = new TrackedHandWrittenService(logger);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("UnderThreshold")] public int HandWritten_Under() => _handWritten.Fast("acc-0042", 10);
    [Benchmark, BenchmarkCategory("UnderThreshold")] public int AuditGen_Under() => _auditGen.Fast("acc-0042", 10);
    [Benchmark(Baseline = true), BenchmarkCategory("OverThreshold")] public int HandWritten_Over() => _handWritten.Slow("acc-0042", 10);
    [Benchmark, BenchmarkCategory("OverThreshold")] public int AuditGen_Over() => _auditGen.Slow("acc-0042", 10);
}
