using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Resources;

public sealed class ResourceLifecycleTests
{
    private static readonly DateTime Later = TestResources.Now.AddHours(1);

    [Fact]
    public void An_offered_resource_belongs_to_the_callers_organ_and_region_and_raises_ResourceOffered()
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input("QZ-001"));

        Assert.Equal(ResourceStatus.Available, resource.Status);
        Assert.Equal(1, resource.Version);
        Assert.Equal(DemoOrgans.Qinzhou.Id, resource.OrganId);
        Assert.Equal("450700", resource.RegionCode);
        Assert.Equal(1200.5m, resource.Capacity);
        Assert.Equal(1_200_500, resource.CapacityThousandths);
        Assert.Equal("QZ-001", resource.ExternalReference);
        var offered = Assert.IsType<ResourceOffered>(Assert.Single(Events(resource)));
        Assert.Equal(("LogisticsCapacity", 1200.5m, "TEU/月", 1L), (offered.Category, offered.Capacity, offered.Unit, offered.AggregateVersion));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        var input = TestResources.Input() with { ValidFrom = new DateOnly(2026, 6, 1), ValidTo = new DateOnly(2026, 5, 31) };

        var refused = Assert.Throws<DomainRuleException>(() => TestResources.Offered(DemoOrgans.Yulin, input));

        Assert.Equal("resource.invalid-window", refused.Code);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.0005")]
    public void A_negative_capacity_or_one_finer_than_thousandths_is_refused(string capacity)
    {
        Assert.Throws<DomainRuleException>(() => TestResources.Offered(DemoOrgans.Yulin, TestResources.Input(capacity: decimal.Parse(capacity, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.False(ResourceCapacity.IsRepresentable(decimal.Parse(capacity, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_owner_region_updates_the_content_with_a_new_version_and_ResourceUpdated()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou));
        var sameRegionOtherUser = TestResources.Member(DemoOrgans.Qinzhou) with { Subject = "someone-else" };

        var changed = resource.Update(TestResources.Input() with { Capacity = 800m, Title = "钦州港 舱位（下调）" }, sameRegionOtherUser, Later);

        Assert.True(changed);
        Assert.Equal(2, resource.Version);
        Assert.Equal(800m, resource.Capacity);
        Assert.Equal(Later, resource.UpdatedAt);
        var updated = Assert.IsType<ResourceUpdated>(Assert.Single(Events(resource)));
        Assert.Equal((800m, 2L), (updated.Capacity, updated.AggregateVersion));
    }

    [Fact]
    public void An_update_that_changes_nothing_keeps_the_version_and_raises_nothing()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou));

        Assert.False(resource.Update(TestResources.Input(), TestResources.Member(DemoOrgans.Qinzhou), Later));

        Assert.Equal(1, resource.Version);
        Assert.Empty(Events(resource));
    }

    [Fact]
    public void Another_region_cannot_update_withdraw_or_exhaust()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou));
        var other = TestResources.Member(DemoOrgans.Zhanjiang);

        Assert.Equal("resource.not-owner", Assert.Throws<ForbiddenException>(() => resource.Update(TestResources.Input() with { Capacity = 1m }, other, Later)).Code);
        Assert.Equal("resource.not-owner", Assert.Throws<ForbiddenException>(() => resource.Withdraw(other, "不再提供", Later)).Code);
        Assert.Equal("resource.not-owner", Assert.Throws<ForbiddenException>(() => resource.MarkExhausted(other, Later)).Code);
        Assert.Equal((ResourceStatus.Available, 1L), (resource.Status, resource.Version));
        Assert.Empty(Events(resource));
    }

    [Fact]
    public void The_external_reference_cannot_be_changed_by_an_update()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input("QZ-001")));

        var refused = Assert.Throws<DomainRuleException>(() => resource.Update(TestResources.Input("QZ-002"), TestResources.Member(DemoOrgans.Qinzhou), Later));

        Assert.Equal("resource.external-reference-fixed", refused.Code);
    }

    [Fact]
    public void Available_is_reserved_by_a_commitment_and_released_back()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou));
        var commitment = Guid.NewGuid();

        resource.Reserve(commitment, Later);
        Assert.Equal((ResourceStatus.Reserved, commitment, 2L), (resource.Status, resource.ReservedBy, resource.Version));
        resource.Release(commitment, Later);

        Assert.Equal((ResourceStatus.Available, (Guid?)null, 3L), (resource.Status, resource.ReservedBy, resource.Version));
        Assert.Collection(
            Events(resource),
            e => Assert.Equal(commitment, Assert.IsType<ResourceReserved>(e).CommitmentId),
            e => Assert.Equal(3, Assert.IsType<ResourceReleased>(e).AggregateVersion));
    }

    [Fact]
    public void A_reserved_resource_cannot_be_reserved_again_nor_released_by_another_commitment()
    {
        var resource = Clean(TestResources.Offered(DemoOrgans.Qinzhou));
        resource.Reserve(Guid.NewGuid(), Later);

        Assert.Equal("resource.not-available", Assert.Throws<DomainRuleException>(() => resource.Reserve(Guid.NewGuid(), Later)).Code);
        Assert.Equal("resource.not-reserved-by", Assert.Throws<DomainRuleException>(() => resource.Release(Guid.NewGuid(), Later)).Code);
        Assert.Equal(ResourceStatus.Reserved, resource.Status);
    }

    [Fact]
    public void An_available_resource_cannot_be_released()
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);

        Assert.Equal("resource.not-reserved-by", Assert.Throws<DomainRuleException>(() => resource.Release(Guid.NewGuid(), Later)).Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_owner_withdraws_an_available_or_reserved_resource_with_a_reason(bool reserved)
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);
        if (reserved)
        {
            resource.Reserve(Guid.NewGuid(), Later);
        }

        Clean(resource).Withdraw(TestResources.Member(DemoOrgans.Qinzhou), "航线调整", Later);

        Assert.Equal((ResourceStatus.Withdrawn, "航线调整"), (resource.Status, resource.WithdrawalReason));
        var withdrawn = Assert.IsType<ResourceWithdrawn>(Assert.Single(Events(resource)));
        Assert.Equal(("航线调整", resource.Version), (withdrawn.Reason, withdrawn.AggregateVersion));
    }

    [Fact]
    public void Withdrawing_needs_a_reason()
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);

        Assert.Equal("resource.reason-required", Assert.Throws<DomainRuleException>(() => resource.Withdraw(TestResources.Member(DemoOrgans.Qinzhou), " ", Later)).Code);
        Assert.Equal(ResourceStatus.Available, resource.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_owner_marks_an_available_or_reserved_resource_exhausted(bool reserved)
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);
        if (reserved)
        {
            resource.Reserve(Guid.NewGuid(), Later);
        }

        Clean(resource).MarkExhausted(TestResources.Member(DemoOrgans.Qinzhou), Later);

        Assert.Equal(ResourceStatus.Exhausted, resource.Status);
        Assert.IsType<ResourceExhausted>(Assert.Single(Events(resource)));
    }

    [Theory]
    [InlineData(ResourceStatus.Withdrawn)]
    [InlineData(ResourceStatus.Exhausted)]
    public void Nothing_leaves_Withdrawn_or_Exhausted(ResourceStatus closed)
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);
        var owner = TestResources.Member(DemoOrgans.Qinzhou);
        if (closed == ResourceStatus.Withdrawn)
        {
            resource.Withdraw(owner, "停止", Later);
        }
        else
        {
            resource.MarkExhausted(owner, Later);
        }

        var version = Clean(resource).Version;

        Assert.Equal("resource.closed", Assert.Throws<DomainRuleException>(() => resource.Update(TestResources.Input() with { Capacity = 1m }, owner, Later)).Code);
        Assert.Equal("resource.closed", Assert.Throws<DomainRuleException>(() => resource.Withdraw(owner, "再次", Later)).Code);
        Assert.Equal("resource.closed", Assert.Throws<DomainRuleException>(() => resource.MarkExhausted(owner, Later)).Code);
        Assert.Equal("resource.not-available", Assert.Throws<DomainRuleException>(() => resource.Reserve(Guid.NewGuid(), Later)).Code);
        Assert.Equal("resource.not-reserved-by", Assert.Throws<DomainRuleException>(() => resource.Release(Guid.NewGuid(), Later)).Code);
        Assert.Equal((closed, version), (resource.Status, resource.Version));
        Assert.Empty(Events(resource));
    }

    [Fact]
    public void The_window_covers_its_first_and_last_day_only()
    {
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);

        Assert.True(resource.Covers(new DateOnly(2026, 1, 1)));
        Assert.True(resource.Covers(new DateOnly(2026, 12, 31)));
        Assert.False(resource.Covers(new DateOnly(2025, 12, 31)));
        Assert.False(resource.Covers(new DateOnly(2027, 1, 1)));
    }

    private static IReadOnlyList<IIntegrationEvent> Events(Resource resource) => AggregateEvents.Of(resource);

    private static Resource Clean(Resource resource) => AggregateEvents.Cleared(resource);
}
