using AuditGen.Generators.Tests.Infrastructure;
using Verify = AuditGen.Generators.Tests.Infrastructure.AnalyzerTest<AuditGen.Generators.Analyzers.AuditMethodAnalyzer>;

namespace AuditGen.Generators.Tests.Analyzers;

/// <summary>AG0018, and its agreement with what the generator writes: the parameter the analyzer accepts for a role is
/// the one the generator writes under the role's key.</summary>
public sealed class AuditRoleAnalyzerTests
{
    [Fact]
    public async Task One_actor_and_one_target_on_logged_parameters_are_fine() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("refund")] public partial void Refund([AuditActor] string operatorId, [AuditTarget] int orderId, decimal amount);
            private void RefundCore(string operatorId, int orderId, decimal amount) { }
        """));

    [Fact]
    public async Task AG0018_a_second_actor_or_target() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("grant")] public partial void Grant([AuditActor] string adminId, [AuditActor] string {|AG0018:userId|}, [AuditTarget] int a, [AuditTarget] int {|AG0018:b|});
            private void GrantCore(string adminId, string userId, int a, int b) { }
        """));

    [Fact]
    public async Task AG0018_without_an_audit_record() => await Verify.VerifyAsync(Sources.Service("""
            [TrackPerformance(100)] public partial void Run([AuditActor] string {|AG0018:userId|});
            private void RunCore(string userId) { }
        """));

    [Fact]
    public async Task AG0018_on_parameters_that_are_never_logged_or_expanded() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class Order { public int Id { get; set; } }

        public partial class Orders(ILogger logger)
        {
            [Audit("ship")] public partial void Ship([AuditTarget][LogProperties] Order {|AG0018:order|}, [AuditActor][NotLogged] string {|AG0018:clerk|}, [AuditActor] CancellationToken {|AG0018:token|}, [AuditActor] string courier);
            private void ShipCore(Order order, string clerk, CancellationToken token, string courier) { }
        }
        """));

    [Fact]
    public async Task AG0018_both_roles_on_one_parameter_which_stays_the_actor() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("self")] public partial void Self([AuditActor][AuditTarget] string {|AG0018:userId|}, [AuditActor] string {|AG0018:other|});
            private void SelfCore(string userId, string other) { }
        """));

    [Fact]
    public async Task Parameters_the_generator_logs_whole_keep_the_role_whatever_else_they_carry() => await Verify.VerifyAsync(Sources.Service("""
            [Audit("m1")] public partial void M1([AuditTarget] CancellationTokenSource {|AG0018:cts|}, [AuditTarget] string id);
            private void M1Core(CancellationTokenSource cts, string id) { }
            [Audit("m2")] public partial void M2([AuditActor, LogProperties] string {|AG0012:user|}, [AuditActor] string {|AG0018:other|});
            private void M2Core(string user, string other) { }
            [Audit("m3")] public partial void M3([AuditActor, LogProperties] Uri {|AG0012:user|});
            private void M3Core(Uri user) { }
        """));

    [Fact]
    public async Task AG0019_an_undefined_category_or_a_required_operation_that_can_never_write() => await Verify.VerifyAsync(Sources.Service("""
            [{|AG0019:Audit("a", Category = (AuditCategory)99)|}] public partial void A();
            private void ACore() { }
            [{|AG0019:Audit("b", Required = true, Level = LogLevel.None)|}] public partial void B();
            private void BCore() { }
            [Audit("c", Required = true, Category = AuditCategory.Configuration)] public partial void C();
            private void CCore() { }
        """));

    [Fact]
    public void The_generator_gives_the_roles_to_the_parameters_the_analyzer_accepts()
    {
        string text = GeneratorHarness.Run(Sources.InNamespace("""
            public sealed class Order { public int Id { get; set; } }

            public partial class Orders(ILogger logger)
            {
                [Audit("ship")] public partial void Ship([AuditTarget][LogProperties] Order order, [AuditActor][NotLogged] string clerk, [AuditActor] string courier, [AuditTarget] int dock);
                private void ShipCore(Order order, string clerk, string courier, int dock) { }

                [Audit("self")] public partial void Self([AuditActor][AuditTarget] string userId, [AuditActor] string other);
                private void SelfCore(string userId, string other) { }
            }
            """)).ShouldCompile().AllGeneratedText;

        Assert.Contains("keys: new string[] { \"order.Id\", \"Actor\", \"Target\" }", text, StringComparison.Ordinal);
        Assert.Contains("keys: new string[] { \"Actor\", \"other\" }", text, StringComparison.Ordinal);
    }
}
