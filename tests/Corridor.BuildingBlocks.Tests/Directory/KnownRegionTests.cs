using Corridor.BuildingBlocks.Directory;

namespace Corridor.BuildingBlocks.Tests.Directory;

public sealed class KnownRegionTests
{
    private static readonly DateOnly Joined = new(2024, 1, 1);

    private static readonly DateOnly Left = new(2026, 6, 30);

    [Fact]
    public void A_region_is_a_member_from_the_day_it_joined_through_the_last_day_before_it_left()
    {
        var region = new KnownRegion("450900");
        region.ApplyJoin("玉林市", "450000", Joined, null, 1);
        region.ApplyLeave(Left, 2);

        Assert.False(region.IsMemberOn(Joined.AddDays(-1)));
        Assert.True(region.IsMemberOn(Joined));
        Assert.True(region.IsMemberOn(Left));
        Assert.False(region.IsMemberOn(Left.AddDays(1)));
    }

    [Fact]
    public void A_leave_that_arrives_before_its_join_still_ends_the_membership_and_the_join_names_the_region()
    {
        var region = new KnownRegion("450900");

        Assert.True(region.ApplyLeave(Left, 2));
        Assert.False(region.ApplyJoin("玉林市", "450000", Joined, null, 1));

        Assert.Equal(("玉林市", "450000", Joined, Left, 2L), (region.Name, region.ParentCode, region.JoinedOn, region.LeftOn, region.Version));
        Assert.True(region.IsMemberOn(Joined));
        Assert.False(region.IsMemberOn(Left.AddDays(1)));
    }

    [Fact]
    public void A_join_after_a_leave_starts_the_membership_again()
    {
        var region = new KnownRegion("450900");
        region.ApplyJoin("玉林市", "450000", Joined, null, 1);
        region.ApplyLeave(Left, 2);

        Assert.True(region.ApplyJoin("玉林市", "450000", new DateOnly(2027, 1, 1), null, 3));
        Assert.False(region.ApplyLeave(Left, 2));

        Assert.Null(region.LeftOn);
        Assert.False(region.IsMemberOn(new DateOnly(2026, 12, 31)));
        Assert.True(region.IsMemberOn(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData("450900", "450000")]
    [InlineData("441200", "440000")]
    [InlineData("450000", "450000")]
    [InlineData("500101", "500000")]
    public void The_province_of_a_region_is_read_from_its_code(string code, string province) =>
        Assert.Equal(province, RegionCodes.ProvinceOf(code));

    [Theory]
    [InlineData("450500", true)]
    [InlineData("110000", true)]
    [InlineData("999999", false)]
    [InlineData("000000", false)]
    [InlineData("45090", false)]
    [InlineData("45090x", false)]
    [InlineData(null, false)]
    public void A_code_is_well_formed_when_it_has_six_digits_under_a_province(string? code, bool wellFormed) =>
        Assert.Equal(wellFormed, RegionCodes.IsWellFormed(code));
}
