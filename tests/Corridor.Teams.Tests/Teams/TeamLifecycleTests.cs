using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Teams;
using Corridor.Testing;

namespace Corridor.Teams.Tests.Teams;

public sealed class TeamLifecycleTests
{
    [Fact]
    public void A_team_belongs_to_the_callers_organ_and_region_and_its_registration_is_audited()
    {
        var team = TestTeams.Register(DemoOrgans.Yulin, TeamKind.YouthCommando);

        Assert.Equal((DemoOrgans.Yulin.Id, DemoOrgans.Yulin.RegionCode, TeamStatus.Forming), (team.OwnerOrganId, team.RegionCode, team.Status));
        var line = Assert.Single(team.History);
        Assert.Equal((TeamChange.Register, (TeamStatus?)null, TeamStatus.Forming, (DateOnly?)TestTeams.FormedOn), (line.Action, line.From, line.To, line.EffectiveOn));
        Assert.Equal((DemoOrgans.Yulin.Id, DemoOrgans.Yulin.RegionCode, TestTeams.Now), (line.ByOrganId, line.ByRegionCode, line.At));
    }

    /// <summary>That only an organ of a member region registers a team is the directory's to say: TeamOwnerDirectoryTests.</summary>
    [Fact]
    public void A_team_is_registered_only_once_formed_by_today()
    {
        var future = Assert.Throws<DomainRuleException>(() => Team.Register(TestTeams.Owner, TeamKind.YouthCommando, "名", "任务", TestTeams.Today.AddDays(1), null, null, TestTeams.Now));

        Assert.Equal("team.formed-in-future", future.Code);
    }

    [Fact]
    public void A_temporary_party_branch_records_its_parent_organisation_and_dissolution_date_and_no_other_kind_does()
    {
        var branch = TestTeams.RegisterBranch(TestTeams.Day(12, 31));
        Assert.Equal(("钦州市税务局机关党委", (DateOnly?)TestTeams.Day(12, 31)), (branch.ParentPartyOrganisation, branch.DissolveBy));

        var missing = Assert.Throws<DomainRuleException>(() => Team.Register(TestTeams.Owner, TeamKind.TemporaryPartyBranch, "支部", "任务", TestTeams.FormedOn, null, TestTeams.Day(12, 31), TestTeams.Now));
        var early = Assert.Throws<DomainRuleException>(() => Team.Register(TestTeams.Owner, TeamKind.TemporaryPartyBranch, "支部", "任务", TestTeams.FormedOn, "机关党委", TestTeams.FormedOn, TestTeams.Now));
        var notABranch = Assert.Throws<DomainRuleException>(() => Team.Register(TestTeams.Owner, TeamKind.YouthCommando, "队", "任务", TestTeams.FormedOn, "机关党委", null, TestTeams.Now));

        Assert.Equal("team.branch-details", missing.Code);
        Assert.Equal("team.branch-details", early.Code);
        Assert.Equal("team.branch-details-not-applicable", notABranch.Code);
    }

    [Fact]
    public void Forming_becomes_Active_then_StoodDown_with_the_reason_each_change_effective_on_its_day()
    {
        var team = TestTeams.Register();

        team.Activate(TestTeams.Owner, TestTeams.Day(3, 10), "队伍组建完成", TestTeams.Now);
        team.StandDown(TestTeams.Owner, "任务完成，队伍解散", null, TestTeams.Now);

        Assert.Equal((TeamStatus.StoodDown, (DateOnly?)TestTeams.Day(3, 10), (DateOnly?)TestTeams.Today, "任务完成，队伍解散"), (team.Status, team.ActivatedOn, team.StoodDownOn, team.StandDownReason));
        Assert.Equal(3, team.Version);
        Assert.Equal(
            [(TeamChange.Register, TeamStatus.Forming, TestTeams.FormedOn), (TeamChange.Activate, TeamStatus.Active, TestTeams.Day(3, 10)), (TeamChange.StandDown, TeamStatus.StoodDown, TestTeams.Today)],
            team.History.Select(h => (h.Action, h.To, h.EffectiveOn!.Value)).ToArray());
    }

    [Fact]
    public void A_status_change_cannot_take_effect_in_the_future_or_before_the_previous_one()
    {
        var team = TestTeams.Register();
        team.Activate(TestTeams.Owner, TestTeams.Day(4, 1), null, TestTeams.Now);

        var future = Assert.Throws<DomainRuleException>(() => team.StandDown(TestTeams.Owner, "解散", TestTeams.Today.AddDays(1), TestTeams.Now));
        var backwards = Assert.Throws<DomainRuleException>(() => team.StandDown(TestTeams.Owner, "解散", TestTeams.Day(3, 31), TestTeams.Now));

        Assert.Equal("team.effective-in-future", future.Code);
        Assert.Equal("team.effective-before-last-change", backwards.Code);
        Assert.Equal((TeamStatus.Active, 2L), (team.Status, team.Version));
    }

    [Fact]
    public void Illegal_transitions_are_refused()
    {
        var team = TestTeams.Register();
        team.Activate(TestTeams.Owner, null, null, TestTeams.Now);

        var twice = Assert.Throws<DomainRuleException>(() => team.Activate(TestTeams.Owner, null, null, TestTeams.Now));
        team.StandDown(TestTeams.Owner, "解散", null, TestTeams.Now);
        var again = Assert.Throws<DomainRuleException>(() => team.StandDown(TestTeams.Owner, "再次解散", null, TestTeams.Now));
        var deploy = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Today, null, "任务", TestTeams.Now));

        Assert.Equal(["team.illegal-transition", "team.illegal-transition", "team.stood-down"], new[] { twice.Code, again.Code, deploy.Code });
    }

    [Fact]
    public void A_stand_down_needs_a_reason()
    {
        var team = TestTeams.Register();

        var refused = Assert.Throws<DomainRuleException>(() => team.StandDown(TestTeams.Owner, " ", null, TestTeams.Now));

        Assert.Equal("team.missing-reason", refused.Code);
        Assert.Equal(TeamStatus.Forming, team.Status);
    }

    [Fact]
    public void Another_region_cannot_manage_the_team_even_as_coordinator()
    {
        var team = TestTeams.Register();
        var coordinator = TestTeams.Caller(DemoOrgans.Zhanjiang, "member", "coordinator");

        var refused = Assert.Throws<ForbiddenException>(() => team.Activate(coordinator, null, null, TestTeams.Now));
        var member = Assert.Throws<ForbiddenException>(() => team.AddMember(coordinator, "张三", DemoOrgans.Zhanjiang.Id, Corridor.Teams.Teams.Members.MemberRole.Member, true, null, TestTeams.Today, TestTeams.Now));

        Assert.Equal(("team.other-region", "team.other-region"), (refused.Code, member.Code));
        Assert.Equal(1, team.Version);
    }

    [Fact]
    public void Standing_down_ends_the_deployments_still_open_that_day_and_leaves_finished_ones_alone()
    {
        var team = TestTeams.Register();
        var finished = team.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(3, 1), TestTeams.Day(3, 31), "三月", TestTeams.Now);
        var running = team.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(4, 1), null, "长期", TestTeams.Now);

        team.StandDown(TestTeams.Owner, "撤编", null, TestTeams.Now);

        Assert.Null(finished.EndedOn);
        Assert.Equal(((DateOnly?)TestTeams.Today, "team stood down"), (running.EndedOn, running.EndReason));
        Assert.False(running.IsActiveOn(TestTeams.Today.AddDays(1)));
    }

    [Theory]
    [InlineData(TeamKind.PartyMemberCommando, false)]
    [InlineData(TeamKind.YouthCommando, false)]
    [InlineData(TeamKind.TemporaryPartyBranch, false)]
    [InlineData(TeamKind.VanguardSquad, true)]
    public void The_concurrent_deployment_rule_is_stated_per_kind(TeamKind kind, bool allowed) =>
        Assert.Equal(allowed, TeamKindRules.AllowsConcurrentDeployments(kind));
}
