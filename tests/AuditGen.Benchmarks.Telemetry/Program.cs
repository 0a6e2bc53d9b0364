using BenchmarkDotNet.Running;

// See docs/benchmarks.md for the commands.
BenchmarkSwitcher.FromAssembly(typeof(AuditGen.Benchmarks.Telemetry.TelemetryBenchmarks).Assembly).Run(args);
