using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Teams;

namespace Corridor.Teams.Tests.Deployments;

/// <summary>
/// The TeamDeployed event raised by Deploy is checked where it becomes observable: as an outbox row
/// (Persistence) and on the broker (Integration); PendingEvents is internal to BuildingBlocks.
/// </summary>
public sealed class DeployTeamTests
{
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly Guid OtherProject = Guid.NewGuid();

    [Fact]
    public void A_registered_team_is_Forming_at_version_1()
    {
        var team = TestTeams.Register();

        Assert.Equal(TeamStatus.Forming, team.Status);
        Assert.Equal(1, team.Version);
        Assert.Empty(team.Deployments);
    }

    [Fact]
    public void The_first_deployment_makes_a_Forming_team_Active_and_is_recorded()
    {
        var team = TestTeams.Register();

        var deployment = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), TestTeams.Day(6, 30), "组织保障", TestTeams.Now);

        Assert.Equal(TeamStatus.Active, team.Status);
        Assert.Equal(2, team.Version);
        Assert.Same(deployment, Assert.Single(team.Deployments));
        Assert.Equal((Project, TestTeams.Day(6, 1), (DateOnly?)TestTeams.Day(6, 30), "组织保障"), (deployment.ProjectId, deployment.From, deployment.To, deployment.Task));
        Assert.NotEqual(Guid.Empty, deployment.Id);
    }

    [Fact]
    public void Every_deployment_increments_the_version_and_the_team_stays_Active()
    {
        var team = TestTeams.Register();
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), TestTeams.Day(6, 30), "第一期", TestTeams.Now);

        team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(7, 1), TestTeams.Day(7, 31), "第二期", TestTeams.Now);
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(8, 1), null, "第三期", TestTeams.Now);

        Assert.Equal(4, team.Version);
        Assert.Equal(TeamStatus.Active, team.Status);
        Assert.Equal(3, team.Deployments.Count);
    }

    [Theory]
    [InlineData(6, 1, 6, 30)] // the same period
    [InlineData(5, 15, 6, 1)] // ends on the first day of the other
    [InlineData(6, 30, 7, 15)] // starts on the last day of the other
    [InlineData(6, 10, 6, 20)] // inside the other
    [InlineData(5, 1, 7, 31)] // around the other
    public void A_deployment_overlapping_another_is_refused(int fromMonth, int fromDay, int toMonth, int toDay)
    {
        var team = TestTeams.Register();
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), TestTeams.Day(6, 30), "第一期", TestTeams.Now);

        var refused = Assert.Throws<DomainRuleException>(() =>
            team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(fromMonth, fromDay), TestTeams.Day(toMonth, toDay), "重叠", TestTeams.Now));

        Assert.Equal("deployment.overlap", refused.Code);
        Assert.Contains(Project.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Single(team.Deployments);
        Assert.Equal(2, team.Version);
    }

    [Fact]
    public void An_open_ended_deployment_overlaps_everything_after_its_start()
    {
        var team = TestTeams.Register();
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), null, "长期驻点", TestTeams.Now);

        var later = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(12, 1), TestTeams.Day(12, 31), "之后", TestTeams.Now));
        var openBefore = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(4, 1), null, "之前起的长期", TestTeams.Now));

        Assert.Equal("deployment.overlap", later.Code);
        Assert.Equal("deployment.overlap", openBefore.Code);
        team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(4, 1), TestTeams.Day(5, 31), "之前", TestTeams.Now);
        Assert.Equal(2, team.Deployments.Count);
    }

    [Fact]
    public void Adjacent_deployments_do_not_overlap()
    {
        var team = TestTeams.Register();
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), TestTeams.Day(6, 30), "六月", TestTeams.Now);

        team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(7, 1), TestTeams.Day(7, 31), "七月", TestTeams.Now);
        team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(5, 1), TestTeams.Day(5, 31), "五月", TestTeams.Now);

        Assert.Equal(3, team.Deployments.Count);
    }

    [Fact]
    public void A_deployment_cannot_end_before_it_starts()
    {
        var team = TestTeams.Register();

        var refused = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 30), TestTeams.Day(6, 29), "倒置", TestTeams.Now));

        Assert.Equal("deployment.period", refused.Code);
        Assert.Equal(TeamStatus.Forming, team.Status);
        Assert.Equal(1, team.Version);
    }

    [Fact]
    public void A_one_day_deployment_is_accepted()
    {
        var team = TestTeams.Register();

        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 30), TestTeams.Day(6, 30), "一日", TestTeams.Now);

        Assert.Single(team.Deployments);
    }

    [Fact]
    public void A_team_cannot_be_deployed_before_it_was_formed()
    {
        var team = TestTeams.Register();

        var refused = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, Project, TestTeams.FormedOn.AddDays(-1), TestTeams.Day(6, 30), "提前", TestTeams.Now));

        Assert.Equal("deployment.before-formed", refused.Code);
        Assert.Empty(team.Deployments);
        Assert.Equal(TeamStatus.Forming, team.Status);
        team.Deploy(TestTeams.Owner, Project, TestTeams.FormedOn, TestTeams.Day(6, 30), "成立当日", TestTeams.Now);
        Assert.Equal(TeamStatus.Active, team.Status);
    }
}
