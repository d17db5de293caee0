using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Teams;
using Corridor.Testing;

namespace Corridor.Teams.Tests.Teams;

public sealed class ReviseTeamTests
{
    [Fact]
    public void The_owning_region_edits_name_mission_and_a_branchs_details_and_the_edit_is_audited()
    {
        var branch = TestTeams.RegisterBranch(TestTeams.Day(12, 31));
        var details = branch.Details with { Name = "减税办临时党支部（扩编）", DissolveBy = TestTeams.Day(11, 30) };

        var changed = branch.Revise(TestTeams.Owner, details, TestTeams.Now);

        Assert.Equal(["name", "dissolveBy"], changed);
        Assert.Equal(("减税办临时党支部（扩编）", (DateOnly?)TestTeams.Day(11, 30), 2L), (branch.Name, branch.DissolveBy, branch.Version));
        var line = branch.History[^1];
        Assert.Equal((TeamChange.Edit, "changed name, dissolveBy", TestTeams.Owner.Region), (line.Action, line.Note, line.ByRegionCode));
        Assert.Empty(branch.Revise(TestTeams.Owner, details, TestTeams.Now));
        Assert.Equal(2L, branch.Version);
    }

    [Fact]
    public void Kind_and_formation_day_stay_another_region_cannot_edit_and_a_branch_is_not_dissolved_before_its_deployments_end()
    {
        var team = TestTeams.Register();
        var kind = Assert.Throws<DomainRuleException>(() => team.Revise(TestTeams.Owner, team.Details with { Kind = TeamKind.VanguardSquad }, TestTeams.Now));
        var formed = Assert.Throws<DomainRuleException>(() => team.Revise(TestTeams.Owner, team.Details with { FormedOn = TestTeams.Day(2, 1) }, TestTeams.Now));
        var other = Assert.Throws<ForbiddenException>(() => team.Revise(TestTeams.Caller(DemoOrgans.Zhanjiang), team.Details with { Name = "别人的队" }, TestTeams.Now));
        var branch = TestTeams.RegisterBranch(TestTeams.Day(12, 31));
        branch.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(4, 1), TestTeams.Day(12, 1), "驻点服务", TestTeams.Now);
        var early = Assert.Throws<DomainRuleException>(() => branch.Revise(TestTeams.Owner, branch.Details with { DissolveBy = TestTeams.Day(11, 1) }, TestTeams.Now));

        Assert.Equal(("team.kind-fixed", "team.formed-on-fixed", "team.other-region", "deployment.after-dissolution"), (kind.Code, formed.Code, other.Code, early.Code));
        Assert.Equal(1L, team.Version);
    }
}
