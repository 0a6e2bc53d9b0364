using AuditGen.Generators.Emission;
using AuditGen.Generators.Parsing;

namespace AuditGen.Generators.Tests.Common;

public sealed class EventIdsTests
{
    [Fact]
    public void Derived_ids_are_stable_across_releases()
    {
        // Dashboards filter on these ids: changing the hash is a breaking change.
        Assert.Equal(1640796352, EventIds.Derive("password_reset"));
        Assert.Equal(1233071922, EventIds.Derive("login"));
    }

    [Fact]
    public void Derived_ids_are_positive_and_differ_for_slow_calls()
    {
        foreach (string name in new[] { "", "a", "password_reset", "x".PadRight(500, 'y') })
        {
            Assert.True(EventIds.Derive(name) > 0);
            Assert.NotEqual(EventIds.Derive(name), EventIds.DeriveSlowCall(name));
        }
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote\"back\\slash", "\"quote\\\"back\\\\slash\"")]
    [InlineData("line\nbreak\u2028", "\"line\\nbreak\\u2028\"")]
    public void String_literals_are_escaped(string value, string literal) => Assert.Equal(literal, CSharpLiterals.String(value));
}
