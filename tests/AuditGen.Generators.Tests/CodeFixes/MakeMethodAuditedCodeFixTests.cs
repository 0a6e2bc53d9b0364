using AuditGen.CodeFixes;
using AuditGen.Generators.Analyzers;
using AuditGen.Generators.Tests.Infrastructure;
using Verify = AuditGen.Generators.Tests.Infrastructure.CodeFixTest<AuditGen.Generators.Analyzers.AuditMethodAnalyzer, AuditGen.CodeFixes.MakeMethodAuditedCodeFix>;

namespace AuditGen.Generators.Tests.CodeFixes;

public sealed class MakeMethodAuditedCodeFixTests
{
    [Fact]
    public async Task Turns_an_async_method_into_declaration_and_private_core() => await Verify.VerifyAsync(
        Sources.Service("""
            /// <summary>Resets a password.</summary>
            [Audit("password_reset", Sensitive = true)]
            [TrackPerformance(500)]
            public async Task<bool> {|AG0001:ResetPasswordAsync|}([Logged] string email, string token)
            {
                await Task.Yield();
                return token.Length > 0;
            }
        """),
        Sources.Service("""
            /// <summary>Resets a password.</summary>
            [Audit("password_reset", Sensitive = true)]
            [TrackPerformance(500)]
            public partial Task<bool> ResetPasswordAsync([Logged] string email, string token);

            private async Task<bool> ResetPasswordAsyncCore(string email, string token)
            {
                await Task.Yield();
                return token.Length > 0;
            }
        """));

    [Fact]
    public async Task Keeps_static_and_expression_bodies_and_makes_the_type_partial() => await Verify.VerifyAsync(
        Sources.InNamespace("""
        public static class Pricing
        {
            [Audit("price")]
            public static decimal {|AG0001:Price|}(this string sku, int quantity = 1) => quantity * 2m;
        }
        """),
        Sources.InNamespace("""
        public static partial class Pricing
        {
            [Audit("price")]
            public static partial decimal Price(this string sku, int quantity = 1);

            private static decimal PriceCore(string sku, int quantity = 1) => quantity * 2m;
        }
        """));

    [Fact]
    public async Task Core_drops_virtual_and_override() => await Verify.VerifyAsync(
        Sources.InNamespace("""
        public partial class Handler(ILogger logger)
        {
            [Audit("handle")]
            protected virtual void {|AG0001:Handle|}(int id) { }
        }
        """),
        Sources.InNamespace("""
        public partial class Handler(ILogger logger)
        {
            [Audit("handle")]
            protected virtual partial void Handle(int id);

            private void HandleCore(int id) { }
        }
        """));

    [Fact]
    public async Task Fix_all_converts_every_method() => await Verify.VerifyAsync(
        Sources.Service("""
            [Audit("a")]
            public void {|AG0001:A|}() { }

            [TrackPerformance(10)]
            public int {|AG0001:B|}() => 1;
        """),
        Sources.Service("""
            [Audit("a")]
            public partial void A();

            private void ACore() { }

            [TrackPerformance(10)]
            public partial int B();

            private int BCore() => 1;
        """),
        diagnostics: 2);

    [Fact]
    public async Task An_implicitly_private_method_becomes_an_explicitly_private_partial_method() => await Verify.VerifyAsync(
        Sources.Service("""
            [Audit("count")]
            int {|AG0001:Count|}(string name) => name.Length;
        """),
        Sources.Service("""
            [Audit("count")]
            private partial int Count(string name);

            private int CountCore(string name) => name.Length;
        """),
        compiles: true);

    [Fact]
    public async Task Fix_all_converts_every_method_of_a_type_that_is_not_partial_yet() => await Verify.VerifyAsync(
        Sources.InNamespace("""
        public class Orders(ILogger logger)
        {
            [Audit("a")]
            public void {|AG0001:A|}() { }

            [Audit("b")]
            public int {|AG0001:B|}() => 1;

            [Audit("c")]
            internal string {|AG0001:C|}(string x) { return x; }
        }
        """),
        Sources.InNamespace("""
        public partial class Orders(ILogger logger)
        {
            [Audit("a")]
            public partial void A();

            private void ACore() { }

            [Audit("b")]
            public partial int B();

            private int BCore() => 1;

            [Audit("c")]
            internal partial string C(string x);

            private string CCore(string x) { return x; }
        }
        """),
        diagnostics: 3,
        compiles: true);

    [Fact]
    public async Task Trivia_stays_where_it_was() => await Verify.VerifyAsync(
        Sources.Service("""
            [Audit("pick")]
            public T {|AG0001:Pick|}<T, TKey>(T item, TKey key)
                where T : class
                where TKey : notnull
            {
                return item;
            } // picks the item
        """),
        Sources.Service("""
            [Audit("pick")]
            public partial T Pick<T, TKey>(T item, TKey key)
                where T : class
                where TKey : notnull;

            private T PickCore<T, TKey>(T item, TKey key)
                where T : class
                where TKey : notnull
            {
                return item;
            } // picks the item
        """),
        compiles: true);
}
