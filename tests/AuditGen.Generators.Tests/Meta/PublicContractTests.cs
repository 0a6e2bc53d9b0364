using System.Reflection;
using AuditGen.Generators.Parsing;

namespace AuditGen.Generators.Tests.Meta;

public sealed class PublicContractTests
{
    [Fact]
    public void Known_type_names_match_the_runtime_library()
    {
        Assert.Equal(KnownTypeNames.AuditAttribute, typeof(AuditAttribute).FullName);
        Assert.Equal(KnownTypeNames.TrackPerformanceAttribute, typeof(TrackPerformanceAttribute).FullName);
        Assert.Equal(KnownTypeNames.SensitiveAttribute, typeof(SensitiveAttribute).FullName);
        Assert.Equal(KnownTypeNames.NotLoggedAttribute, typeof(NotLoggedAttribute).FullName);
        Assert.Equal(KnownTypeNames.LoggedAttribute, typeof(LoggedAttribute).FullName);
        Assert.Equal(KnownTypeNames.LogPropertiesAttribute, typeof(LogPropertiesAttribute).FullName);
        Assert.Equal(KnownTypeNames.AuditActorAttribute, typeof(AuditActorAttribute).FullName);
        Assert.Equal(KnownTypeNames.AuditTargetAttribute, typeof(AuditTargetAttribute).FullName);
        Assert.Equal("AuditGen.Runtime.AuditCatalogAttribute", typeof(AuditGen.Runtime.AuditCatalogAttribute).FullName);
        Assert.Equal(KnownTypeNames.ILogger, typeof(Microsoft.Extensions.Logging.ILogger).FullName);
    }

    [Fact]
    public void Attributes_are_sealed_and_declare_their_usage()
    {
        Type[] attributes = typeof(AuditAttribute).Assembly.GetExportedTypes().Where(t => typeof(Attribute).IsAssignableFrom(t)).ToArray();

        Assert.Equal(11, attributes.Length);
        Assert.All(attributes, a => Assert.True(a.IsSealed, a.Name));
        Assert.All(attributes, a => Assert.NotNull(a.GetCustomAttribute<AttributeUsageAttribute>()));
    }

    [Fact]
    public void Attribute_defaults_match_the_documented_contract()
    {
        var audit = new AuditAttribute("login");
        var performance = new TrackPerformanceAttribute(500);

        Assert.Equal(("login", false, Microsoft.Extensions.Logging.LogLevel.Information, 0), (audit.Operation, audit.Sensitive, audit.Level, audit.EventId));
        Assert.Equal((500, Microsoft.Extensions.Logging.LogLevel.Warning), (performance.ThresholdMilliseconds, performance.Level));
    }

    [Fact]
    public void Category_names_are_the_snake_case_of_every_enum_value()
    {
        foreach (AuditCategory category in Enum.GetValues<AuditCategory>())
        {
            string expected = category == AuditCategory.Unspecified
                ? string.Empty
                : string.Concat(category.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
            Assert.Equal(expected, AuditCategories.Name((int)category));
        }

        Assert.Equal(string.Empty, AuditCategories.Name(42));
        Assert.Equal(string.Empty, AuditCategories.Name(-1));
    }

    [Fact]
    public void Generated_code_helpers_are_hidden_from_IntelliSense()
    {
        Type[] helpers = typeof(AuditAttribute).Assembly.GetExportedTypes().Where(t => t.Namespace == "AuditGen.Runtime" && t.Name != "AuditTelemetry").ToArray();

        Assert.NotEmpty(helpers);
        Assert.All(helpers, h => Assert.Equal(
            System.ComponentModel.EditorBrowsableState.Never,
            h.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>()?.State));
    }
}
