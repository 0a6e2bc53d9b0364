using AuditGen.Benchmarks.Runtime;
using BenchmarkDotNet.Running;

// See docs/benchmarks.md for the commands. "verify" checks that every variant logs the equivalent record.
if (args is ["verify"])
{
    return await VariantCheck.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(TransferBenchmarks).Assembly).Run(args);
return 0;
