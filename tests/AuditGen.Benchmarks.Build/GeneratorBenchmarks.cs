using AuditGen.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Benchmarks.Build;

/// <summary>
/// Generator cost as the project grows: a full run, and a run after an edit on a driver that has already run
/// (what the IDE does on every keystroke), for AuditGen and for Microsoft's LoggerMessage generator at equal N.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _audited = null!;
    private CSharpCompilation _auditedUnrelatedEdit = null!;
    private CSharpCompilation _auditedBodyEdit = null!;
    private CSharpCompilation _loggerMessages = null!;
    private CSharpCompilation _loggerMessagesUnrelatedEdit = null!;
    private GeneratorDriver _auditGenWarm = null!;
    private GeneratorDriver _microsoftWarm = null!;
    private IIncrementalGenerator _microsoft = null!;

    [Params(100, 1000, 5000)]
    public int Methods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _audited = SyntheticProject.Audited(Methods);
        _auditedUnrelatedEdit = SyntheticProject.WithUnrelatedEdit(_audited);
        _auditedBodyEdit = SyntheticProject.WithBodyEdit(_audited);
        _loggerMessages = SyntheticProject.LoggerMessages(Methods);
        _loggerMessagesUnrelatedEdit = SyntheticProject.WithUnrelatedEdit(_loggerMessages);
        _microsoft = MicrosoftLoggerMessageGenerator.Create();
        _auditGenWarm = Driver(new AuditGenerator()).RunGenerators(_audited);
        _microsoftWarm = Driver(_microsoft).RunGenerators(_loggerMessages);
    }

    [Benchmark]
    public GeneratorDriver AuditGen_FullRun() => Driver(new AuditGenerator()).RunGenerators(_audited);

    [Benchmark]
    public GeneratorDriver AuditGen_AfterUnrelatedEdit() => _auditGenWarm.RunGenerators(_auditedUnrelatedEdit);

    [Benchmark]
    public GeneratorDriver AuditGen_AfterBodyEdit() => _auditGenWarm.RunGenerators(_auditedBodyEdit);

    [Benchmark]
    public GeneratorDriver Microsoft_FullRun() => Driver(_microsoft).RunGenerators(_loggerMessages);

    [Benchmark]
    public GeneratorDriver Microsoft_AfterUnrelatedEdit() => _microsoftWarm.RunGenerators(_loggerMessagesUnrelatedEdit);

    private static GeneratorDriver Driver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: SyntheticProject.ParseOptions);
}
