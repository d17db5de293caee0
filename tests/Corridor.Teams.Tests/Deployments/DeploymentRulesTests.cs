using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Teams;

namespace Corridor.Teams.Tests.Deployments;

public sealed class DeploymentRulesTests
{
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly Guid OtherProject = Guid.NewGuid();

    [Fact]
    public void A_vanguard_squad_may_work_on_two_projects_at_once_but_never_twice_on_the_same_one()
    {
        var squad = TestTeams.Register(kind: TeamKind.VanguardSquad);
        squad.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(6, 30), "审批攻坚", TestTeams.Now);

        squad.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(5, 1), TestTeams.Day(5, 31), "用地攻坚", TestTeams.Now);
        var same = Assert.Throws<DomainRuleException>(() => squad.Deploy(TestTeams.Owner, Project, TestTeams.Day(6, 1), null, "再次", TestTeams.Now));

        Assert.Equal("deployment.overlap", same.Code);
        Assert.Contains("same project", same.Message, StringComparison.Ordinal);
        Assert.Equal(2, squad.Deployments.Count);
    }

    [Fact]
    public void A_youth_commando_is_deployed_to_one_project_at_a_time()
    {
        var team = TestTeams.Register(kind: TeamKind.YouthCommando);
        team.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(6, 30), "一线服务", TestTeams.Now);

        var refused = Assert.Throws<DomainRuleException>(() => team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(5, 1), TestTeams.Day(5, 31), "另一项目", TestTeams.Now));

        Assert.Equal("deployment.overlap", refused.Code);
        Assert.Contains("YouthCommando", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_temporary_party_branch_is_not_deployed_beyond_the_day_it_must_be_dissolved()
    {
        var branch = TestTeams.RegisterBranch(TestTeams.Day(9, 30));

        var open = Assert.Throws<DomainRuleException>(() => branch.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), null, "专班", TestTeams.Now));
        var beyond = Assert.Throws<DomainRuleException>(() => branch.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(10, 1), "专班", TestTeams.Now));
        branch.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(9, 30), "专班", TestTeams.Now);

        Assert.Equal(("deployment.after-dissolution", "deployment.after-dissolution"), (open.Code, beyond.Code));
        Assert.Single(branch.Deployments);
    }

    [Fact]
    public void The_first_deployment_activates_the_team_from_its_start_or_today_whichever_is_earlier()
    {
        var past = TestTeams.Register();
        var future = TestTeams.Register();

        past.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), null, "已开始", TestTeams.Now);
        future.Deploy(TestTeams.Owner, Project, TestTeams.Day(8, 1), null, "将开始", TestTeams.Now);

        Assert.Equal((DateOnly?)TestTeams.Day(4, 1), past.ActivatedOn);
        Assert.Equal((DateOnly?)TestTeams.Today, future.ActivatedOn);
        Assert.Equal([TeamChange.Register, TeamChange.Activate, "deploy"], past.History.Select(h => h.Action).ToArray());
        Assert.Equal(2, past.Version);
    }

    [Fact]
    public void The_owner_ends_a_deployment_early_once_and_the_freed_period_can_be_used_again()
    {
        var team = TestTeams.Register();
        var deployment = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(6, 30), "二季度", TestTeams.Now);

        var late = Assert.Throws<DomainRuleException>(() => team.EndDeployment(TestTeams.Owner, deployment.Id, TestTeams.Day(6, 30), "到期", TestTeams.Now));
        var early = Assert.Throws<DomainRuleException>(() => team.EndDeployment(TestTeams.Owner, deployment.Id, TestTeams.Day(3, 30), "取消", TestTeams.Now));
        team.EndDeployment(TestTeams.Owner, deployment.Id, TestTeams.Day(5, 15), "提前完成", TestTeams.Now);
        var twice = Assert.Throws<DomainRuleException>(() => team.EndDeployment(TestTeams.Owner, deployment.Id, TestTeams.Day(5, 20), "再次", TestTeams.Now));
        team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(5, 16), TestTeams.Day(6, 30), "转战", TestTeams.Now);

        Assert.Equal(("deployment.end-after-planned", "deployment.end-before-start", "deployment.already-ended"), (late.Code, early.Code, twice.Code));
        Assert.True(deployment.IsActiveOn(TestTeams.Day(5, 15)));
        Assert.False(deployment.IsActiveOn(TestTeams.Day(5, 16)));
    }

    [Fact]
    public void The_end_of_a_project_ends_its_open_deployments_once_and_nothing_else()
    {
        var team = TestTeams.Register(kind: TeamKind.VanguardSquad);
        var finished = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(3, 1), TestTeams.Day(3, 31), "已完成", TestTeams.Now);
        var open = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), null, "进行中", TestTeams.Now);
        var elsewhere = team.Deploy(TestTeams.Owner, OtherProject, TestTeams.Day(4, 1), null, "别处", TestTeams.Now);
        var version = team.Version;

        var ended = team.EndDeploymentsToProject(Project, TestTeams.Today, "project cancelled: 资金未落实", TestTeams.Now);
        var again = team.EndDeploymentsToProject(Project, TestTeams.Today, "project cancelled: 资金未落实", TestTeams.Now);

        Assert.Same(open, Assert.Single(ended));
        Assert.Empty(again);
        Assert.Equal(version + 1, team.Version);
        Assert.Equal(((DateOnly?)TestTeams.Today, "project cancelled: 资金未落实"), (open.EndedOn, open.EndReason));
        Assert.Null(finished.EndedOn);
        Assert.Null(elsewhere.EndedOn);
        Assert.Equal("system", team.History[^1].By);
    }

    [Fact]
    public void Outcomes_are_recorded_once_a_deployment_is_under_way()
    {
        var team = TestTeams.Register();
        var started = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), TestTeams.Day(4, 30), "四月", TestTeams.Now);
        var later = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(8, 1), TestTeams.Day(8, 31), "八月", TestTeams.Now);

        team.RecordOutcome(TestTeams.Owner, started.Id, "完成船闸混凝土浇筑 3 万方", TestTeams.Now);
        var refused = Assert.Throws<DomainRuleException>(() => team.RecordOutcome(TestTeams.Owner, later.Id, "尚未开始", TestTeams.Now));

        Assert.Equal("完成船闸混凝土浇筑 3 万方", Assert.Single(started.Outcomes).Text);
        Assert.Equal("deployment.not-started", refused.Code);
    }

    [Fact]
    public void A_team_is_credited_once_per_problem_and_only_with_its_own_deployment()
    {
        var team = TestTeams.Register();
        var deployment = team.Deploy(TestTeams.Owner, Project, TestTeams.Day(4, 1), null, "任务", TestTeams.Now);
        var problem = Guid.NewGuid();

        team.CreditProblem(TestTeams.Owner, problem, deployment.Id, "协调解决用地问题", TestTeams.Now);
        var twice = Assert.Throws<DomainRuleException>(() => team.CreditProblem(TestTeams.Owner, problem, null, null, TestTeams.Now));
        Assert.Throws<NotFoundException>(() => team.CreditProblem(TestTeams.Owner, Guid.NewGuid(), Guid.NewGuid(), null, TestTeams.Now));

        Assert.Equal("credit.duplicate", twice.Code);
        Assert.Equal((problem, (Guid?)deployment.Id), (team.Credits[0].ProblemId, team.Credits[0].DeploymentId));
    }
}
