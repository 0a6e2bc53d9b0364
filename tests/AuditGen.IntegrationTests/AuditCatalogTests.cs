using System.Reflection;
using System.Text.Json;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests;

/// <summary>The audit catalog matches the generated code, and the build wrote the same text beside the assembly (issue 11).</summary>
public sealed class AuditCatalogTests
{
    private static readonly Assembly Tests = typeof(AuditCatalogTests).Assembly;

    [Fact]
    public void The_build_wrote_the_catalog_beside_the_assembly_and_it_is_the_one_the_assembly_carries()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "AuditGen.IntegrationTests.auditgen.json");

        Assert.True(File.Exists(file), file);
        Assert.Equal(AuditCatalog.GetJson(Tests), File.ReadAllText(file));
    }

    [Fact]
    public void Every_generated_descriptor_is_in_the_catalog_exactly_as_it_writes_records()
    {
        using JsonDocument catalog = JsonDocument.Parse(AuditCatalog.GetJson(Tests)!);
        JsonElement[] operations = catalog.RootElement.GetProperty("operations").EnumerateArray().ToArray();
        List<(Type Owner, AuditMethod Method)> descriptors = Descriptors().ToList();

        Assert.Equal(descriptors.Count, operations.Length);
        Assert.True(descriptors.Count > 20, $"only {descriptors.Count} descriptors found");
        foreach ((Type owner, AuditMethod method) in descriptors)
        {
            JsonElement operation = Assert.Single(operations, o => o.GetProperty("name").GetString() == method.Operation
                && o.GetProperty("type").GetString() == owner.FullName!.Replace('+', '.')
                && (!method.Audit || o.GetProperty("eventId").GetInt32() == method.EventId.Id));
            Assert.Equal(method.Audit, operation.GetProperty("audited").GetBoolean());
            Assert.Equal(method.Required, operation.GetProperty("required").GetBoolean());
            Assert.Equal(method.Category, operation.GetProperty("category").GetString());
            if (method.Audit)
            {
                Assert.Equal(method.Level.ToString(), operation.GetProperty("level").GetString());
                Assert.Equal(method.Sensitive, operation.GetProperty("sensitive").GetBoolean());
            }

            JsonElement[] logged = operation.GetProperty("fields").EnumerateArray().Where(f => f.GetProperty("key").ValueKind != JsonValueKind.Null).ToArray();
            Assert.Equal(method.Keys, logged.Select(f => f.GetProperty("key").GetString()));
            Assert.Equal(method.Modes.Select(Treatment), logged.Select(f => f.GetProperty("treatment").GetString()));
            Assert.Equal(method.SlowThresholdMs > 0, operation.GetProperty("slowCall").ValueKind == JsonValueKind.Object);
        }
    }

    [Fact]
    public void An_assembly_without_audited_operations_has_no_catalog()
    {
        Assert.Null(AuditCatalog.GetJson(typeof(AuditLog).Assembly));
        Assert.Throws<ArgumentNullException>(() => AuditCatalog.GetJson(null!));
    }

    // Generated descriptors are the static AuditMethod fields of each audited type's holder class.
    private static IEnumerable<(Type Owner, AuditMethod Method)> Descriptors() =>
        from type in Tests.GetTypes()
        from field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
        where field.FieldType == typeof(AuditMethod)
        let owner = type.Name.EndsWith("D", StringComparison.Ordinal) && type.IsNested && type.Name.StartsWith("__", StringComparison.Ordinal) ? type.DeclaringType! : type
        select (owner, (AuditMethod)field.GetValue(null)!);

    private static string Treatment(char mode) => mode switch
    {
        AuditMethod.PlainMode => "plain",
        AuditMethod.PersonalMode => "hashed",
        AuditMethod.MaskedMode => "masked",
        AuditMethod.UrlMode => "url",
        AuditMethod.KeyValueMode => "keyValue",
        AuditMethod.PresenceMode => "presence",
        _ => "redacted",
    };
}
