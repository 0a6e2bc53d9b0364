using AuditGen.Generators.Analyzers;
using AuditGen.Generators.Tests.Infrastructure;
using Verify = AuditGen.Generators.Tests.Infrastructure.AnalyzerTest<AuditGen.Generators.Analyzers.AuditMethodAnalyzer>;

namespace AuditGen.Generators.Tests.Analyzers;

public sealed class AuditMethodAnalyzerTests
{
    [Theory]
    [MemberData(nameof(Generation.SupportedShapes.Names), MemberType = typeof(Generation.SupportedShapes))]
    public async Task Supported_shapes_have_no_diagnostics(string shape) =>
        await Verify.VerifyAsync(Generation.SupportedShapes.Source(shape));

    [Fact]
    public async Task AG0001_method_with_a_body() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("ship")] public void {|AG0001:Ship|}(int orderId) { }
        """));

    [Fact]
    public async Task AG0001_partial_method_the_user_implemented() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("ship")] public partial void {|AG0001:Ship|}(int orderId);
            public partial void Ship(int orderId) { }
        """));

    [Fact]
    public async Task AG0002_type_not_partial() => await Verify.VerifyAsync(Sources.InNamespace("""
        public class Plain
        {
            [Audit("x")] public partial void {|AG0002:Run|}();
            private void RunCore() { }
        }
        """));

    [Fact]
    public async Task AG0002_containing_type_not_partial() => await Verify.VerifyAsync(Sources.InNamespace("""
        public class Outer
        {
            public partial class Inner
            {
                [Audit("x")] public partial void {|AG0002:Run|}();
                private void RunCore() { }
            }
        }
        """));

    [Fact]
    public async Task AG0003_missing_core() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("ship")] public partial void {|AG0003:Ship|}(int orderId);
        """));

    [Theory]
    [InlineData("private void ShipCore(long orderId) { }")]
    [InlineData("private int ShipCore(int orderId) => 0;")]
    [InlineData("private void ShipCore(ref int orderId) { }")]
    [InlineData("private static void ShipCore(int orderId) { }")]
    [InlineData("private void ShipCore<T>(int orderId) { }")]
    public async Task AG0004_core_signature_mismatch(string core) => await Verify.VerifyAsync(Sources.Service($$"""
            [Audit("ship")] public partial void {|AG0004:Ship|}(int orderId);
            {{core}}
        """));

    [Theory]
    [InlineData("public")]
    [InlineData("internal")]
    [InlineData("protected")]
    public async Task AG0005_core_not_private(string accessibility) => await Verify.VerifyAsync(Sources.Service($$"""
            [Audit("ship")] public partial void Ship(int orderId);
            {{accessibility}} void {|AG0005:ShipCore|}(int orderId) { }
        """));

    [Theory]
    [InlineData("public partial void {|AG0006:Fire|}();", "private async void FireCore() => await Task.Yield();")]
    [InlineData("public partial System.Collections.Generic.IEnumerable<int> {|AG0006:Fire|}();", "private System.Collections.Generic.IEnumerable<int> FireCore() { yield return 1; }")]
    [InlineData("public partial System.Collections.Generic.IAsyncEnumerable<int> {|AG0006:Fire|}();", "private async System.Collections.Generic.IAsyncEnumerable<int> FireCore() { await Task.Yield(); yield return 1; }")]
    [InlineData("public partial ref int {|AG0006:Fire|}();", "private ref int FireCore() => ref _value;")]
    [InlineData("public partial System.Runtime.CompilerServices.ConfiguredTaskAwaitable {|AG0006:Fire|}();", "private System.Runtime.CompilerServices.ConfiguredTaskAwaitable FireCore() => Task.CompletedTask.ConfigureAwait(false);")]
    public async Task AG0006_unsupported_return(string declaration, string core) => await Verify.VerifyAsync(Sources.Service($$"""
            private int _value;
            [Audit("fire")] {{declaration}}
            {{core}}
        """));

    [Theory]
    [InlineData("ref int {|AG0007:count|}", "ref int count")]
    [InlineData("out int {|AG0007:count|}", "out int count")]
    [InlineData("Span<byte> {|AG0007:buffer|}", "Span<byte> buffer")]
    public async Task AG0007_unsupported_parameter_on_async_method(string parameter, string coreParameter) => await Verify.VerifyAsync(Sources.Service($$"""
            [Audit("read")] public partial Task Read({{parameter}});
            private Task ReadCore({{coreParameter}}) => throw null!;
        """));

    [Fact]
    public async Task AG0007_is_not_reported_for_by_ref_parameters_of_synchronous_methods() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("read")] public partial int Read(ref int count, Span<byte> buffer);
            private int ReadCore(ref int count, Span<byte> buffer) => count;
        """));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task AG0008_threshold_not_positive(int threshold) => await Verify.VerifyAsync(Sources.Service($$"""
            [{|AG0008:TrackPerformance({{threshold}})|}] public partial void Run();
            private void RunCore() { }
        """));

    [Fact]
    public async Task AG0009_duplicate_event_ids() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("login")] public partial void First();
            [{|AG0009:Audit("login")|}] public partial void Second();
            [Audit("other", EventId = 5)] public partial void Third();
            [{|AG0009:Audit("another", EventId = 5)|}] public partial void Fourth();
            private void FirstCore() { }
            private void SecondCore() { }
            private void ThirdCore() { }
            private void FourthCore() { }
        """));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("null!")]
    public async Task AG0010_empty_operation_name(string name) => await Verify.VerifyAsync(Sources.Service($$"""
            [{|AG0010:Audit({{name}})|}] public partial void Run();
            private void RunCore() { }
        """));

    [Fact]
    public async Task AG0011_two_logger_members() => await Verify.VerifyAsync(Sources.InNamespace("""
        public partial class Twice(ILogger first, ILogger<Twice> second)
        {
            private readonly ILogger _first = first;
            public ILogger Second { get; } = second;
            [Audit("x")] public partial void {|AG0011:Run|}();
            private void RunCore() { }
        }
        """));

    [Fact]
    public async Task AG0011_is_not_reported_when_the_method_takes_a_logger() => await Verify.VerifyAsync(Sources.InNamespace("""
        public partial class Twice(ILogger first, ILogger<Twice> second)
        {
            private readonly ILogger _first = first;
            public ILogger Second { get; } = second;
            [Audit("x")] public partial void Run(ILogger logger);
            private void RunCore(ILogger logger) { }
        }
        """));

    [Theory]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("IDisposable")]
    public async Task AG0012_log_properties_without_properties(string type) => await Verify.VerifyAsync(Sources.Service($$"""
            [Audit("x")] public partial void Run([LogProperties] {{type}} {|AG0012:value|});
            private void RunCore({{type}} value) { }
        """));

    [Fact]
    public async Task Code_without_AuditGen_attributes_is_ignored() => await Verify.VerifyAsync(Sources.InNamespace("""
        public class Plain
        {
            public void Run() { }
        }
        """));

    [Fact]
    public void Every_descriptor_is_supported()
    {
        var supported = new AuditMethodAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();

        Assert.All(Meta.DescriptorCatalog.Usage, d => Assert.Contains(d.Id, supported));
    }

    [Theory]
    [InlineData("[{|AG0013:Audit(\"x\", Level = (LogLevel)42)|}]")]
    [InlineData("[{|AG0013:Audit(\"x\", Level = (LogLevel)(-1))|}]")]
    [InlineData("[{|AG0013:TrackPerformance(10, Level = (LogLevel)7)|}]")]
    public async Task AG0013_level_out_of_range(string attribute) => await Verify.VerifyAsync(Sources.Service($$"""
            {{attribute}} public partial void Run();
            private void RunCore() { }
        """));

    [Fact]
    public async Task AG0013_not_reported_for_every_defined_level() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("a", Level = LogLevel.None)] public partial void A();
            private void ACore() { }
            [TrackPerformance(10, Level = LogLevel.Critical)] public partial void B();
            private void BCore() { }
        """));

    [Fact]
    public async Task AG0014_local_function_and_accessor() => await Verify.VerifyAsync(Sources.Service("""
            public void Import()
            {
                [Audit("import_row")] void {|AG0014:ImportRow|}() { }
                ImportRow();
            }

            public int Count { [Audit("count")] {|AG0014:get|} => 1; }
        """));

    [Fact]
    public async Task AG0015_file_local_parameter_type() => await Verify.VerifyAsync(Sources.InNamespace("""
        file sealed class Job { }

        public partial class Scheduler(ILogger logger)
        {
            [Audit("run_job")] internal partial void {|AG0015:Run|}(Job job);
            private void RunCore(Job job) { }
        }
        """));

    [Fact]
    public async Task AG0017_masking_style_on_a_credential() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class Card { [{|AG0017:Masked(ShowLast = 4)|}] public string Cvv { get; set; } = ""; [Masked(ShowLast = 4)] public string Reference { get; set; } = ""; }

        public partial class Payments(ILogger logger)
        {
            [Audit("pay")] public partial void Pay([{|AG0017:Masked(ShowLast = 2)|}] string pin, [Masked(ShowLast = 4)] string phone, [LogProperties] Card card);
            private void PayCore(string pin, string phone, Card card) { }
        }
        """));

    [Fact]
    public async Task AG0016_language_version_below_9() => await Verify.VerifyWithLanguageVersionAsync(
        Sources.Usings + """
        namespace Shop
        {
            public partial class Legacy
            {
                private readonly ILogger _logger = null;
                [Audit("legacy")] partial void {|AG0016:Run|}();
                private void RunCore() { }
            }
        }
        """,
        Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);

    [Fact]
    public async Task AG0006_a_return_type_that_derives_from_Task_or_is_a_nullable_ValueTask() => await Verify.VerifyAsync(Sources.InNamespace("""
        public class Job : Task { public Job() : base(() => { }) { } }
        public partial class Jobs(ILogger logger)
        {
            [Audit("start")] public partial Job {|AG0006:Start|}();
            private Job StartCore() => new();
            [Audit("maybe")] public partial ValueTask? {|AG0006:Maybe|}();
            private ValueTask? MaybeCore() => null;
        }
        """));

    [Fact]
    public async Task AG0007_dynamic_by_reference() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("d")] public partial void Run(ref dynamic {|AG0007:value|});
            private void RunCore(ref dynamic value) { }
        """));

    [Fact]
    public async Task AG0004_scoped_must_match() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("slice")] public partial int {|AG0004:Slice|}(scoped Span<int> items);
            private int SliceCore(Span<int> items) => items.Length;
        """));
}
