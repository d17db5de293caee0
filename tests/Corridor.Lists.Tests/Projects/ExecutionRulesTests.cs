using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

public sealed class ExecutionRulesTests
{
    private static readonly ReviewPolicy Policy = TestProjects.CoordinatorsOnly;
    private static readonly DateTime Now = TestProjects.Now;

    [Fact]
    public void An_approved_project_runs_its_milestones_and_completes()
    {
        var project = Approved();
        AggregateEvents.Cleared(project);

        project.StartExecution(TestProjects.Member(DemoOrgans.Yulin), new DateOnly(2026, 6, 1), Now);
        project.ReportMilestone(TestProjects.Member(DemoOrgans.Zhaoqing), 1, 60, "备忘录文本已商定", Now);
        project.ReportMilestone(TestProjects.Member(DemoOrgans.Yulin), 1, 100, null, Now.AddDays(30));
        project.Complete(TestProjects.Member(DemoOrgans.Yulin), new DateOnly(2027, 5, 1), Now.AddDays(300));

        Assert.Equal(ProjectStatus.Completed, project.Status);
        Assert.Equal((100, DateOnly.FromDateTime(Now.AddDays(30))), (project.Milestones[0].Percent, project.Milestones[0].ReachedOn!.Value));
        Assert.Equal(0, project.Milestones[1].Percent);
        var events = AggregateEvents.Of(project);
        Assert.IsType<ProjectExecutionStarted>(events[0]);
        Assert.Equal([60, 100], events.OfType<ProjectMilestoneProgressed>().Select(e => e.Percent));
        var completed = Assert.IsType<ProjectCompleted>(events[^1]);
        Assert.Equal(new DateOnly(2027, 5, 1), completed.CompletedOn);
        Assert.Equal(["start-execution", "milestone", "milestone", "complete"], project.History.TakeLast(4).Select(h => h.Action));
    }

    [Fact]
    public void Execution_steps_have_their_own_order_and_actors()
    {
        var project = Approved();

        Assert.Equal("project.illegal-transition", Assert.Throws<DomainRuleException>(() => project.Complete(TestProjects.Member(DemoOrgans.Yulin), new DateOnly(2026, 6, 1), Now)).Code);
        Assert.Equal("project.not-lead", Assert.Throws<ForbiddenException>(() => project.StartExecution(TestProjects.Member(DemoOrgans.Zhaoqing), new DateOnly(2026, 6, 1), Now)).Code);
        project.StartExecution(TestProjects.Member(DemoOrgans.Yulin), new DateOnly(2026, 6, 1), Now);
        Assert.Equal("project.not-a-participant", Assert.Throws<ForbiddenException>(() => project.ReportMilestone(TestProjects.Member(DemoOrgans.Hezhou), 1, 10, null, Now)).Code);
        Assert.Equal("project.no-such-milestone", Assert.Throws<DomainRuleException>(() => project.ReportMilestone(TestProjects.Member(DemoOrgans.Yulin), 3, 10, null, Now)).Code);
        Assert.Equal("project.completed-before-start", Assert.Throws<DomainRuleException>(() => project.Complete(TestProjects.Member(DemoOrgans.Yulin), new DateOnly(2026, 5, 1), Now)).Code);
    }

    [Fact]
    public void Cancelling_needs_a_reason_voids_a_running_review_and_raises_ProjectCancelled()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);
        Assert.Equal("project.missing-reason", Assert.Throws<DomainRuleException>(() => project.Cancel(TestProjects.Member(DemoOrgans.Yulin), " ", Now)).Code);
        Assert.Equal("project.not-lead", Assert.Throws<ForbiddenException>(() => project.Cancel(TestProjects.Member(DemoOrgans.Zhaoqing), "不做了", Now)).Code);
        AggregateEvents.Cleared(project);

        project.Cancel(TestProjects.Secretariat(), "合作方向调整", Now);

        Assert.Equal(ProjectStatus.Cancelled, project.Status);
        Assert.NotNull(Assert.Single(project.Approvals).VoidedAt);
        var cancelled = Assert.IsType<ProjectCancelled>(Assert.Single(AggregateEvents.Of(project)));
        Assert.Equal("合作方向调整", cancelled.Reason);
        Assert.Equal("project.illegal-transition", Assert.Throws<DomainRuleException>(() => project.Cancel(TestProjects.Member(DemoOrgans.Yulin), "再次", Now)).Code);
    }

    private static Project Approved()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        return project;
    }
}
