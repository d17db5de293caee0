using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.DirectoryService.Organs;

namespace Corridor.DirectoryService.Tests.Domain;

/// <summary>An organ's own rules, without a host: renames and their history, retiring and reinstating, parents without cycles.</summary>
public sealed class OrganRulesTests
{
    private static readonly CallerIdentity Coordinator = TestOrgans.Caller("450500", CorridorRoles.Coordinator);

    [Fact]
    public void A_rename_ends_the_current_name_the_day_before_and_keeps_it_in_the_history()
    {
        var organ = TestOrgans.Register();
        organ.Rename(Coordinator, "中共北海市委直属机关工作委员会", "北海市委直属机关工委", new DateOnly(2026, 3, 1), TestOrgans.Now);

        Assert.Equal(
            [("中共北海市直属机关工作委员会", (DateOnly?)null, (DateOnly?)new DateOnly(2026, 2, 28)), ("中共北海市委直属机关工作委员会", new DateOnly(2026, 3, 1), null)],
            organ.Names.Select(n => (n.FullName, n.From, n.Until)).ToArray());
        Assert.Equal(("北海市委直属机关工委", 2L), (organ.ShortName, organ.Version));
        var renamed = Assert.IsType<OrganRenamed>(organ.PendingEventsForTest()[^1]);
        Assert.Equal(("中共北海市直属机关工作委员会", "北海市委直属机关工委", new DateOnly(2026, 3, 1)), (renamed.PreviousFullName, renamed.Organ.ShortName, renamed.EffectiveOn));
        var line = organ.History[^1];
        Assert.Equal(OrganChange.Rename, line.Action);
        Assert.Contains(new FieldChange("fullName", "中共北海市直属机关工作委员会", "中共北海市委直属机关工作委员会"), line.Fields);
    }

    [Fact]
    public void A_rename_takes_effect_after_the_current_name_and_not_in_the_future()
    {
        var organ = TestOrgans.Register();
        organ.Rename(Coordinator, "新名称一", "新一", new DateOnly(2026, 3, 1), TestOrgans.Now);

        Assert.Equal("organ.renamed-before-last-name", Assert.Throws<DomainRuleException>(() =>
            organ.Rename(Coordinator, "新名称二", "新二", new DateOnly(2026, 3, 1), TestOrgans.Now)).Code);
        Assert.Equal("organ.renamed-in-future", Assert.Throws<DomainRuleException>(() =>
            organ.Rename(Coordinator, "新名称二", "新二", TestOrgans.Today.AddDays(1), TestOrgans.Now)).Code);
        Assert.Equal("organ.same-name", Assert.Throws<DomainRuleException>(() =>
            organ.Rename(Coordinator, "新名称一", "新一", null, TestOrgans.Now)).Code);
    }

    [Fact]
    public void A_retired_organ_is_not_edited_until_reinstated_and_each_step_carries_the_whole_snapshot()
    {
        var organ = TestOrgans.Register();
        organ.Retire(Coordinator, new DateOnly(2026, 4, 30), "机构改革撤并", TestOrgans.Now);

        Assert.Equal((OrganStatus.Retired, (DateOnly?)new DateOnly(2026, 4, 30)), (organ.Status, organ.RetiredOn));
        Assert.Equal("Retired", Assert.IsType<OrganRetired>(organ.PendingEventsForTest()[^1]).Organ.Status);
        Assert.Equal("organ.retired", Assert.Throws<DomainRuleException>(() => organ.Rename(Coordinator, "新", "新", null, TestOrgans.Now)).Code);
        Assert.Equal("organ.retired", Assert.Throws<DomainRuleException>(() => organ.Retire(Coordinator, null, null, TestOrgans.Now)).Code);
        Assert.Equal("organ.retired", Assert.Throws<DomainRuleException>(() =>
            organ.Update(Coordinator, OrganLevel.County, OrganKind.Organ, null, TestOrgans.Now)).Code);

        organ.Reinstate(Coordinator, TestOrgans.Now);

        var reinstated = Assert.IsType<OrganReinstated>(organ.PendingEventsForTest()[^1]);
        Assert.Equal(organ.Snapshot, reinstated.Organ);
        Assert.Equal((OrganStatus.Active, (DateOnly?)null, 3L), (organ.Status, organ.RetiredOn, reinstated.AggregateVersion));
        Assert.Equal("organ.not-retired", Assert.Throws<DomainRuleException>(() => organ.Reinstate(Coordinator, TestOrgans.Now)).Code);
    }

    [Fact]
    public void An_update_records_only_the_fields_it_changed()
    {
        var organ = TestOrgans.Register();

        Assert.Empty(organ.Update(Coordinator, OrganLevel.Municipal, OrganKind.WorkingCommittee, null, TestOrgans.Now));
        Assert.Equal(1, organ.Version);
        var changed = organ.Update(Coordinator, OrganLevel.County, OrganKind.WorkingCommittee, TestOrgans.Code("450500", 7), TestOrgans.Now);

        Assert.Equal(["level", "parentOrganId"], changed.Select(c => c.Field).ToArray());
        Assert.Equal((2L, "County"), (organ.Version, Assert.IsType<OrganUpdated>(organ.PendingEventsForTest()[^1]).Organ.Level));
    }

    [Fact]
    public async Task A_parent_may_not_lie_under_the_organ_itself()
    {
        // A ← B ← C: B's parent is A, C's parent is B.
        var parents = new Dictionary<string, string?> { ["A"] = null, ["B"] = "A", ["C"] = "B" };
        Task<string?> ParentOf(string id) => Task.FromResult(parents.GetValueOrDefault(id));

        Assert.Equal("organ.parent-cycle", (await Assert.ThrowsAsync<DomainRuleException>(() => OrganParentage.CheckCycleAsync("A", "C", ParentOf))).Code);
        Assert.Equal("organ.parent-cycle", (await Assert.ThrowsAsync<DomainRuleException>(() => OrganParentage.CheckCycleAsync("B", "B", ParentOf))).Code);
        await OrganParentage.CheckCycleAsync("C", "A", ParentOf);
        await OrganParentage.CheckCycleAsync(null, "C", ParentOf);
        Assert.Equal("organ.parent-cycle", Assert.Throws<DomainRuleException>(() =>
            TestOrgans.Register(fields: TestOrgans.Fields(parent: TestOrgans.Code("450500", 1)))).Code);
    }
}
