using AuditGen.Generators.Common;
using AuditGen.Generators.Emission;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Tests.Emission;

/// <summary>Model to text, with hand-built specs and no compilation: what each part of a spec becomes.</summary>
public sealed class EmitterTests
{
    [Fact]
    public void A_method_is_a_descriptor_and_a_four_statement_wrapper()
    {
        string text = Write(Method());

        Assert.Contains("private static class __ag_D\n", text, StringComparison.Ordinal);
        Assert.Contains("public static readonly global::AuditGen.Runtime.AuditMethod M0 = new global::AuditGen.Runtime.AuditMethod(\"op\", 7, keys: new string[] { \"id\" }, modes: \"P\");", text, StringComparison.Ordinal);
        Assert.Contains("var __ag_c = global::AuditGen.Runtime.AuditCall.Begin(global::Shop.Svc.__ag_D.M0, this._log, global::AuditGen.Runtime.AuditValues.Of(id));", text, StringComparison.Ordinal);
        Assert.Contains("try { return this.RunCore(id); }", text, StringComparison.Ordinal);
        Assert.Contains("catch (global::System.Exception __ag_e) when (__ag_c.Fail(__ag_e)) { throw; }", text, StringComparison.Ordinal);
        Assert.Contains("finally { __ag_c.End(); }", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Void", "try { this.RunCore(id); }")]
    [InlineData("Value", "try { return this.RunCore(id); }")]
    [InlineData("Task", "try { return __ag_c.Complete(this.RunCore(id)); }")]
    [InlineData("ValueTaskOfT", "try { return __ag_c.Complete(this.RunCore(id)); }")]
    public void Awaitable_results_go_through_Complete(string shape, string expected) =>
        Assert.Contains(expected, Write(Method() with { Shape = Enum.Parse<ReturnShape>(shape) }), StringComparison.Ordinal);

    [Theory]
    [InlineData("Parameter", "log", "", "Begin(global::Shop.Svc.__ag_D.M0, log, ")]
    [InlineData("StaticField", "s_log", "global::Shop.Svc<T>", "Begin(global::Shop.Svc.__ag_D.M0, global::Shop.Svc<T>.s_log, ")]
    [InlineData("InstanceProperty", "Log", "", "BeginFrom(global::Shop.Svc.__ag_D.M0, this, static __ag_s => __ag_s.Log, ")]
    [InlineData("InstanceProperty", "Logger", "global::Shop.IHasLogger", "BeginFrom(global::Shop.Svc.__ag_D.M0, this, static __ag_s => ((global::Shop.IHasLogger)__ag_s).Logger, ")]
    [InlineData("StaticProperty", "Log", "global::Shop.Svc", "BeginFrom(global::Shop.Svc.__ag_D.M0, static () => global::Shop.Svc.Log, ")]
    [InlineData("PrimaryConstructorParameter", "logger", "", "Begin(global::Shop.Svc.__ag_D.M0, this.__ag_L0, ")]
    [InlineData("Fallback", "", "", "Begin(global::Shop.Svc.__ag_D.M0, null, ")]
    public void Each_logger_access_is_written_so_that_no_parameter_can_shadow_it(string access, string member, string qualifier, string expected) =>
        Assert.Contains(expected, Write(Method() with { Logger = new LoggerSpec(Enum.Parse<LoggerAccess>(access), member, qualifier) }), StringComparison.Ordinal);

    [Fact]
    public void A_primary_constructor_logger_is_read_through_a_generated_property()
    {
        string text = Write(Method() with { Logger = new LoggerSpec(LoggerAccess.PrimaryConstructorParameter, "logger", string.Empty) });

        Assert.Contains("private global::Microsoft.Extensions.Logging.ILogger? __ag_L0 => logger;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_six_values_nest_the_rest()
    {
        LoggedValueSpec[] values = Enumerable.Range(1, 8).Select(i => new LoggedValueSpec("v" + i, "v" + i, LoggedValueMode.Plain, "v" + i)).ToArray();

        string text = Write(Method() with { LoggedValues = values.ToEquatableArray() });

        Assert.Contains("AuditValues.Of(v1, v2, v3, v4, v5, v6, global::AuditGen.Runtime.AuditValues.Of(v7, v8))", text, StringComparison.Ordinal);
        Assert.Contains("modes: \"PPPPPPPP\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_the_user_wrote_are_left_out_and_a_pointer_signature_makes_the_type_part_unsafe()
    {
        string text = Write(Method() with { ExistingAttributes = GeneratedAttributes.ExcludeFromCodeCoverage | GeneratedAttributes.GeneratedCode, NeedsUnsafe = true });

        Assert.Contains("[global::System.Diagnostics.DebuggerNonUserCode]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ExcludeFromCodeCoverage", text, StringComparison.Ordinal);
        Assert.Contains("unsafe partial class Svc", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stub_throws_and_writes_no_descriptor()
    {
        string text = Write(Method() with { IsStub = true });

        Assert.Contains("throw new global::System.NotSupportedException(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AuditMethod", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Performance_only_methods_write_no_values_and_no_audit_record()
    {
        string text = Write(Method() with { Audit = null, Performance = new PerformanceSpec(250, 4, 99) });

        Assert.Contains("audit: false, slowThresholdMs: 250, slowLevel: global::Microsoft.Extensions.Logging.LogLevel.Error, slowEventId: 99", text, StringComparison.Ordinal);
        Assert.Contains("global::AuditGen.Runtime.AuditValues.Of())", text, StringComparison.Ordinal);
    }

    private static AuditMethodSpec Method() => new(
        Name: "Run",
        CoreName: "RunCore",
        CoreQualifier: "this",
        SortKey: "Run(int)",
        Modifiers: "public",
        ReturnType: "int",
        TypeParameters: string.Empty,
        ConstraintClauses: string.Empty,
        Parameters: new[] { new ParameterSpec("id", "int", string.Empty, string.Empty) }.ToEquatableArray(),
        Shape: ReturnShape.Value,
        Operation: "op",
        Audit: new AuditRecordSpec(2, 7, false),
        Performance: null,
        Logger: new LoggerSpec(LoggerAccess.InstanceField, "_log", string.Empty),
        LoggedValues: new[] { new LoggedValueSpec("id", "id", LoggedValueMode.Plain, "id") }.ToEquatableArray(),
        Prefix: "__ag_",
        ExistingAttributes: GeneratedAttributes.None,
        NeedsUnsafe: false,
        IsStub: false);

    private static string Write(AuditMethodSpec method) =>
        AuditSourceWriter.Write(
            new AuditTypeSpec(
                new ContainingTypeSpec("Shop.Svc.Audit.g.cs", "Shop", new[] { new TypeDeclarationSpec(string.Empty, "class", "Svc") }.ToEquatableArray(), "Shop.Svc", "global::Shop.Svc", "__ag_", true, "Shop.Svc"),
                new[] { method }.ToEquatableArray()),
            "TEST");
}
