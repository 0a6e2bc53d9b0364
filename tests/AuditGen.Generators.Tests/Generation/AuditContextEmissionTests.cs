using System.Text.Json;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Generation;

/// <summary>Issue 11 in the generated code: category, Required, actor and target roles, the key profiles, the catalog.</summary>
public sealed class AuditContextEmissionTests
{
    private const string Members = """
        [Audit("password_reset", Category = AuditCategory.Authentication, Required = true)]
        [TrackPerformance(250)]
        public partial Task ResetAsync([AuditActor] string userId, [AuditTarget] string accountId, string token, CancellationToken cancellationToken);
        private Task ResetAsyncCore(string userId, string accountId, string token, CancellationToken cancellationToken) => Task.CompletedTask;

        [Audit("plain")]
        public partial void Plain(string Actor, int count);
        private void PlainCore(string Actor, int count) { }
        """;

    [Fact]
    public void The_default_profile_passes_category_required_and_the_actor_index_and_names_the_roles()
    {
        string text = GeneratorHarness.Run(Sources.Service(Members)).ShouldCompile().File("Shop.OrderService.Audit.g.cs");

        Assert.Contains("keys: new string[] { \"Actor\", \"Target\", \"token\" }", text, StringComparison.Ordinal);
        Assert.Contains("category: \"authentication\", required: true, actor: 0)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("profile:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_cannot_take_a_key_the_record_writes_itself_in_either_profile()
    {
        string text = GeneratorHarness.Run(Sources.Service(Members)).ShouldCompile().File("Shop.OrderService.Audit.g.cs");

        Assert.Contains("keys: new string[] { \"Actor_\", \"count\" }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_OpenTelemetry_profile_writes_semantic_convention_keys_and_the_function_name()
    {
        string text = GeneratorHarness.RunWith(Sources.Service(Members), ("build_property.AuditGenKeyProfile", "opentelemetry"))
            .ShouldCompile().File("Shop.OrderService.Audit.g.cs");

        Assert.Contains("keys: new string[] { \"enduser.id\", \"auditgen.target\", \"token\" }", text, StringComparison.Ordinal);
        Assert.Contains("profile: 1, function: \"Shop.OrderService.ResetAsync\", actor: 0)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Default")]
    [InlineData("OpenTelemetryy")]
    public void Any_other_profile_value_is_the_default(string value)
    {
        string text = GeneratorHarness.RunWith(Sources.Service(Members), ("build_property.AuditGenKeyProfile", value)).ShouldCompile().AllGeneratedText;

        Assert.DoesNotContain("profile:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_actor_parameter_keeps_its_own_name()
    {
        string text = GeneratorHarness.Run(Sources.Service("""
            [Audit("grant")] public partial void Grant([AuditActor] string userId, [AuditActor] string adminId);
            private void GrantCore(string userId, string adminId) { }
            """)).ShouldCompile().AllGeneratedText;

        Assert.Contains("keys: new string[] { \"Actor\", \"adminId\" }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_lists_every_operation_with_its_fields_roles_and_omitted_parameters()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.Service(Members)).ShouldCompile();
        using JsonDocument catalog = JsonDocument.Parse(run.CatalogJson!);
        JsonElement root = catalog.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Tests", root.GetProperty("assembly").GetString());
        Assert.Equal("default", root.GetProperty("keyProfile").GetString());
        Assert.Equal("Outcome", root.GetProperty("recordKeys").GetProperty("outcome").GetString());
        JsonElement reset = root.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "password_reset");
        Assert.Equal("authentication", reset.GetProperty("category").GetString());
        Assert.Equal("Shop.OrderService", reset.GetProperty("type").GetString());
        Assert.Equal("ResetAsync", reset.GetProperty("method").GetString());
        Assert.True(reset.GetProperty("required").GetBoolean());
        Assert.Equal("Information", reset.GetProperty("level").GetString());
        Assert.Equal(250, reset.GetProperty("slowCall").GetProperty("thresholdMs").GetInt32());
        Assert.Equal("userId", reset.GetProperty("actor").GetProperty("parameter").GetString());
        Assert.Equal("Target", reset.GetProperty("target").GetProperty("key").GetString());
        string[] fields = reset.GetProperty("fields").EnumerateArray()
            .Select(f => $"{f.GetProperty("parameter").GetString()}={f.GetProperty("treatment").GetString()}").ToArray();
        Assert.Equal(["userId=plain", "accountId=plain", "token=redacted", "cancellationToken=omitted"], fields);
    }

    [Fact]
    public void The_catalog_follows_the_profile()
    {
        GeneratorRun run = GeneratorHarness.RunWith(Sources.Service(Members), ("build_property.AuditGenKeyProfile", "OpenTelemetry")).ShouldCompile();
        using JsonDocument catalog = JsonDocument.Parse(run.CatalogJson!);

        Assert.Equal("opentelemetry", catalog.RootElement.GetProperty("keyProfile").GetString());
        Assert.Equal("auditgen.call.duration", catalog.RootElement.GetProperty("metrics").GetProperty("duration").GetString());
        JsonElement reset = catalog.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "password_reset");
        Assert.Equal("enduser.id", reset.GetProperty("actor").GetProperty("key").GetString());
    }

    [Fact]
    public void A_compilation_without_valid_audited_methods_gets_no_catalog()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.Service("[Audit(\"x\")] public partial void Run();"));

        Assert.Null(run.CatalogJson);
        Assert.DoesNotContain(run.AllSources, s => s.HintName == global::AuditGen.Generators.Emission.CatalogWriter.HintName);
    }

    [Fact]
    public void Catalog_text_is_ASCII_and_escapes_what_JSON_requires()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.Service("""
            [Audit("quote\"back\\slash\u00e9\n")] public partial void Run();
            private void RunCore() { }
            """)).ShouldCompile();

        Assert.All(run.CatalogJson!, c => Assert.InRange(c, ' ', '~'));
        using JsonDocument catalog = JsonDocument.Parse(run.CatalogJson!);
        Assert.Equal("quote\"back\\slash\u00e9\n", catalog.RootElement.GetProperty("operations")[0].GetProperty("name").GetString());
    }
}
