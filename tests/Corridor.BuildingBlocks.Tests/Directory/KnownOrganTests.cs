using Corridor.BuildingBlocks.Directory;

namespace Corridor.BuildingBlocks.Tests.Directory;

public sealed class KnownOrganTests
{
    [Fact]
    public void A_newer_record_replaces_the_copy()
    {
        var organ = new KnownOrgan(TestOrgans.YulinOrgan);

        Assert.True(organ.Apply(TestOrgans.Snapshot(), 1, TestOrgans.At));
        Assert.True(organ.Apply(TestOrgans.Snapshot(name: "玉林市委直属机关工委", status: KnownOrgan.RetiredStatus), 2, TestOrgans.At.AddDays(1)));

        Assert.Equal(("玉林市委直属机关工委", true, 2L, TestOrgans.At.AddDays(1)), (organ.FullName, organ.IsRetired, organ.Version, organ.UpdatedAt));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void An_older_or_repeated_record_leaves_the_copy_alone(long version)
    {
        var organ = new KnownOrgan(TestOrgans.YulinOrgan);
        organ.Apply(TestOrgans.Snapshot(name: "新名称"), 2, TestOrgans.At);

        Assert.False(organ.Apply(TestOrgans.Snapshot(name: "旧名称"), version, TestOrgans.At.AddDays(1)));

        Assert.Equal(("新名称", 2L, TestOrgans.At), (organ.FullName, organ.Version, organ.UpdatedAt));
    }

    [Fact]
    public void An_empty_parent_is_no_parent()
    {
        var organ = new KnownOrgan(TestOrgans.YulinOrgan);
        organ.Apply(TestOrgans.Snapshot() with { ParentOrganId = "" }, 1, TestOrgans.At);

        Assert.Null(organ.ParentOrganId);
    }
}
