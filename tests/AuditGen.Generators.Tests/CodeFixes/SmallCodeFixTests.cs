using AuditGen.CodeFixes;
using AuditGen.Generators.Analyzers;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.CodeFixes;

public sealed class SmallCodeFixTests
{
    [Fact]
    public async Task AG0002_makes_the_type_and_its_containers_partial() => await CodeFixTest<AuditMethodAnalyzer, MakeTypePartialCodeFix>.VerifyAsync(
        Sources.InNamespace("""
        public class Outer
        {
            public partial class Inner
            {
                [Audit("x")] public partial void {|AG0002:Run|}();
                private void RunCore() { }
            }
        }
        """),
        Sources.InNamespace("""
        public partial class Outer
        {
            public partial class Inner
            {
                [Audit("x")] public partial void Run();
                private void RunCore() { }
            }
        }
        """));

    [Fact]
    public async Task AG0002_fix_all() => await CodeFixTest<AuditMethodAnalyzer, MakeTypePartialCodeFix>.VerifyAsync(
        Sources.InNamespace("""
        class First
        {
            [Audit("x")] public partial void {|AG0002:Run|}();
            private void RunCore() { }
        }

        internal sealed class Second
        {
            [Audit("y")] public partial void {|AG0002:Run|}();
            private void RunCore() { }
        }
        """),
        Sources.InNamespace("""
        partial class First
        {
            [Audit("x")] public partial void Run();
            private void RunCore() { }
        }

        internal sealed partial class Second
        {
            [Audit("y")] public partial void Run();
            private void RunCore() { }
        }
        """),
        diagnostics: 2);

    [Fact]
    public async Task AG0003_adds_a_core_method_with_the_same_signature() => await CodeFixTest<AuditMethodAnalyzer, AddCoreMethodCodeFix>.VerifyAsync(
        Sources.Service("""
            [Audit("echo")]
            public partial Task<T> {|AG0003:EchoAsync|}<T>([Sensitive] T value, int count) where T : class;
        """),
        Sources.Service("""
            [Audit("echo")]
            public partial Task<T> EchoAsync<T>([Sensitive] T value, int count) where T : class;

            private Task<T> EchoAsyncCore<T>(T value, int count) where T : class => throw new global::System.NotImplementedException();
        """));

    [Fact]
    public async Task AG0003_fix_all() => await CodeFixTest<AuditMethodAnalyzer, AddCoreMethodCodeFix>.VerifyAsync(
        Sources.Service("""
            [Audit("a")] public partial void {|AG0003:A|}();
            [Audit("b")] public static partial int {|AG0003:B|}(int x);
        """),
        Sources.Service("""
            [Audit("a")] public partial void A();

            private void ACore() => throw new global::System.NotImplementedException();
            [Audit("b")] public static partial int B(int x);

            private static int BCore(int x) => throw new global::System.NotImplementedException();
        """),
        diagnostics: 2);

    [Fact]
    public async Task AG0005_makes_core_private() => await CodeFixTest<AuditMethodAnalyzer, MakeCorePrivateCodeFix>.VerifyAsync(
        Sources.Service("""
            [Audit("a")] public partial Task A();
            [Audit("b")] public partial void B();
            public async Task {|AG0005:ACore|}() => await Task.Yield();
            internal void {|AG0005:BCore|}() { }
        """),
        Sources.Service("""
            [Audit("a")] public partial Task A();
            [Audit("b")] public partial void B();
            private async Task ACore() => await Task.Yield();
            private void BCore() { }
        """),
        diagnostics: 2);
}
