using AuditGen.Generators.Common;

namespace AuditGen.Generators.Tests.Common;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal_with_equal_hashes()
    {
        var left = new EquatableArray<string>(["a", "b"]);
        var right = new EquatableArray<string>(new List<string> { "a", "b" });

        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(left.Equals((object)right));
    }

    [Fact]
    public void Order_and_length_matter()
    {
        var ab = new EquatableArray<string>(["a", "b"]);

        Assert.NotEqual(ab, new EquatableArray<string>(["b", "a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a"]));
        Assert.True(ab != EquatableArray<string>.Empty);
    }

    [Fact]
    public void Default_is_empty_and_equal_to_empty()
    {
        EquatableArray<string> none = default;

        Assert.True(none.IsEmpty);
        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty, none);
    }
}
