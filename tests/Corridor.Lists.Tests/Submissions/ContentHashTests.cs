using Corridor.Lists.Submissions;

namespace Corridor.Lists.Tests.Submissions;

public sealed class ContentHashTests
{
    [Fact]
    public void Field_order_surrounding_spaces_and_Unicode_composition_do_not_change_the_hash()
    {
        var one = ContentHash.Of(new Dictionary<string, string?> { ["title"] = "Cafe\u0301 港口", ["unit"] = "TEU" });
        var other = ContentHash.Of(new Dictionary<string, string?> { ["unit"] = " TEU ", ["title"] = "Caf\u00e9 港口" });

        Assert.Equal(one, other);
        Assert.Equal(64, one.Length);
    }

    [Fact]
    public void A_different_value_or_the_value_under_another_field_changes_the_hash()
    {
        var original = ContentHash.Of(new Dictionary<string, string?> { ["title"] = "A", ["unit"] = "B" });

        Assert.NotEqual(original, ContentHash.Of(new Dictionary<string, string?> { ["title"] = "A", ["unit"] = "C" }));
        Assert.NotEqual(original, ContentHash.Of(new Dictionary<string, string?> { ["title"] = "B", ["unit"] = "A" }));
        Assert.NotEqual(original, ContentHash.Of(new Dictionary<string, string?> { ["title"] = "AB", ["unit"] = "" }));
    }

    [Fact]
    public void Null_and_empty_are_the_same_value()
    {
        Assert.Equal(
            ContentHash.Of(new Dictionary<string, string?> { ["description"] = null }),
            ContentHash.Of(new Dictionary<string, string?> { ["description"] = "" }));
    }
}
