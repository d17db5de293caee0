using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Tests.Domain;

/// <summary>A membership period: member on a day when joined_on ≤ day ≤ left_on; periods follow each other.</summary>
public sealed class MembershipRulesTests
{
    private static readonly Division Beihai = DivisionTable.Shipped.Find("450500")!;

    [Fact]
    public void A_region_is_a_member_from_the_day_it_joined_through_the_day_it_left()
    {
        var membership = RegionMembership.Join(Beihai, new DateOnly(2026, 1, 1), "成员单位", previous: null, TestOrgans.Now);
        membership.Leave(new DateOnly(2026, 6, 30), TestOrgans.Now);

        Assert.False(membership.IsMemberOn(new DateOnly(2025, 12, 31)));
        Assert.True(membership.IsMemberOn(new DateOnly(2026, 1, 1)));
        Assert.True(membership.IsMemberOn(new DateOnly(2026, 6, 30)));
        Assert.False(membership.IsMemberOn(new DateOnly(2026, 7, 1)));
        var events = membership.PendingEventsForTest();
        Assert.Equal(("北海市", "450000", 1L), (Assert.IsType<RegionJoined>(events[0]).RegionName, ((RegionJoined)events[0]).ParentCode, events[0].AggregateVersion));
        Assert.Equal((new DateOnly(2026, 6, 30), 2L), (Assert.IsType<RegionLeft>(events[1]).LeftOn, events[1].AggregateVersion));
    }

    [Fact]
    public void Periods_of_a_region_follow_each_other()
    {
        var first = RegionMembership.Join(Beihai, new DateOnly(2026, 1, 1), null, previous: null, TestOrgans.Now);

        Assert.Equal("region.already-member", Assert.Throws<DomainRuleException>(() => RegionMembership.Join(Beihai, new DateOnly(2026, 2, 1), null, first, TestOrgans.Now)).Code);
        Assert.Equal("region.left-before-joined", Assert.Throws<DomainRuleException>(() => first.Leave(new DateOnly(2025, 12, 31), TestOrgans.Now)).Code);
        first.Leave(new DateOnly(2026, 3, 31), TestOrgans.Now);
        Assert.Equal("region.not-a-member", Assert.Throws<DomainRuleException>(() => first.Leave(new DateOnly(2026, 4, 30), TestOrgans.Now)).Code);
        Assert.Equal("region.joined-before-left", Assert.Throws<DomainRuleException>(() => RegionMembership.Join(Beihai, new DateOnly(2026, 3, 31), null, first, TestOrgans.Now)).Code);

        var second = RegionMembership.Join(Beihai, new DateOnly(2026, 4, 1), null, first, TestOrgans.Now);
        Assert.True(second.IsMemberOn(new DateOnly(2026, 4, 1)));
    }
}
