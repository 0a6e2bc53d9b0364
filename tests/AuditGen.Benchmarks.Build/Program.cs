using BenchmarkDotNet.Running;

// See docs/benchmarks.md for the commands.
BenchmarkSwitcher.FromAssembly(typeof(AuditGen.Benchmarks.Build.GeneratorBenchmarks).Assembly).Run(args);
