using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

/// <summary>The review rules beyond a single approval: revisions, rounds, send-back, reject, on-behalf, blocked and overdue rounds.</summary>
public sealed class ReviewRulesTests
{
    private static readonly ReviewPolicy Policy = TestProjects.WithSecretariat;
    private static readonly DateTime Now = TestProjects.Now;

    [Fact]
    public void An_approval_of_the_revision_an_edit_replaced_is_refused_as_stale()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Title = "玉林—肇庆 产业协作（修订）" }, Policy, Now);

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now));

        Assert.Equal("review.stale-revision", refused.Code);
        Assert.Empty(project.Approvals);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 2, Policy, Now);
        Assert.Equal(2, Assert.Single(project.Approvals).Revision);
    }

    [Fact]
    public void An_edit_under_review_voids_the_approvals_makes_a_new_round_and_notices_every_approver()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);
        project.Approve(TestProjects.Secretariat(), 1, Policy, Now);
        AggregateEvents.Cleared(project);

        var changes = project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { BudgetFen = 20_000_000 }, Policy, Now.AddDays(1));

        Assert.Equal([new FieldChange("budget", "123456.78", "200000.00")], changes);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal((2, 2), (project.Revision, project.Round));
        Assert.All(project.Approvals, a => Assert.NotNull(a.VoidedAt));
        Assert.Equal(["coordinator:441200", "coordinator:450900", "secretariat"], project.PendingParties(Policy).Select(p => p.Key));
        Assert.Equal(Now.AddDays(1 + Policy.ReviewDays), project.ReviewDueAt);
        var events = AggregateEvents.Of(project);
        var revised = Assert.IsType<ProjectRevised>(events[0]);
        Assert.Equal(["budget"], revised.ChangedFields);
        var voided = Assert.IsType<ProjectApprovalsVoided>(events[1]);
        Assert.Equal((1, 2), (voided.VoidedRevision, voided.NewRevision));
        Assert.Equal(["coordinator:441200", "secretariat"], voided.VoidedParties);
        Assert.Equal(["coordinator:441200", "coordinator:450900", "secretariat"], voided.NotifiedParties);
    }

    [Fact]
    public void Saving_identical_content_makes_no_revision_and_voids_nothing()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);
        var version = project.Version;

        Assert.Empty(project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content, Policy, Now));

        Assert.Equal((1, version), (project.Revision, project.Version));
        Assert.Null(Assert.Single(project.Approvals).VoidedAt);
    }

    [Fact]
    public void Approvals_from_an_earlier_round_never_combine_with_the_current_ones()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, Now);
        project.RequestChanges(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, "请补充预算明细", Policy, Now);
        project.Submit(TestProjects.Member(DemoOrgans.Yulin), Policy, Now);

        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);
        project.Approve(TestProjects.Secretariat(), 1, Policy, Now);

        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal([ReviewParty.CoordinatorOf(DemoOrgans.Yulin.RegionCode)], project.PendingParties(Policy));
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, Now);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void Send_back_then_edit_and_resubmit_approves_the_new_revision()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Secretariat(), 1, Policy, Now);

        project.RequestChanges(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, "请补充里程碑", Policy, Now);

        Assert.Equal(ProjectStatus.ChangesRequested, project.Status);
        Assert.Equal("请补充里程碑", project.ReviewComments);
        Assert.NotNull(Assert.Single(project.Approvals).VoidedAt);
        Assert.Empty(project.PendingParties(Policy));
        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, Now));
        Assert.Equal("review.not-submitted", refused.Code);

        var milestones = project.Content.Milestones.Append(new MilestonePlan("中期评估", new DateOnly(2026, 12, 15))).ToArray();
        project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Milestones = milestones }, Policy, Now);
        project.Submit(TestProjects.Member(DemoOrgans.Yulin), Policy, Now);
        AggregateEvents.Cleared(project);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 2, Policy, Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 2, Policy, Now);
        project.Approve(TestProjects.Secretariat(), 2, Policy, Now);

        Assert.Equal(ProjectStatus.Approved, project.Status);
        var approved = Assert.Single(AggregateEvents.Of(project).OfType<ProjectApproved>());
        Assert.Equal(2, approved.Revision);
        Assert.Equal(3, AggregateEvents.Of(project).OfType<ProjectApprovalRecorded>().Count());
        Assert.Equal(
            ["draft", "submit", "approve", "request-changes", "edit", "submit", "approve", "approve", "approve"],
            project.History.Select(h => h.Action));
    }

    [Fact]
    public void Send_back_needs_comments_and_a_reviewer_and_names_the_current_revision()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Equal("project.missing-comments", Assert.Throws<DomainRuleException>(() =>
            project.RequestChanges(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, " ", Policy, Now)).Code);
        Assert.Equal("review.not-a-reviewer", Assert.Throws<ForbiddenException>(() =>
            project.RequestChanges(TestProjects.Coordinator(DemoOrgans.Hezhou), 1, "意见", Policy, Now)).Code);
        Assert.Equal("review.stale-revision", Assert.Throws<DomainRuleException>(() =>
            project.RequestChanges(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 2, "意见", Policy, Now)).Code);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_is_final()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, Now);
        Assert.Equal("project.missing-reason", Assert.Throws<DomainRuleException>(() =>
            project.Reject(TestProjects.Secretariat(), 1, "", Policy, Now)).Code);
        AggregateEvents.Cleared(project);

        project.Reject(TestProjects.Secretariat(), 1, "与既有项目重复", Policy, Now);

        Assert.Equal(ProjectStatus.Rejected, project.Status);
        Assert.Equal("与既有项目重复", project.RejectionReason);
        Assert.NotNull(Assert.Single(project.Approvals).VoidedAt);
        var rejected = Assert.IsType<ProjectRejected>(Assert.Single(AggregateEvents.Of(project)));
        Assert.Equal(("secretariat", 1), (rejected.Party, rejected.Revision));
        Assert.Equal("project.illegal-transition", Assert.Throws<DomainRuleException>(() =>
            project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Title = "再试" }, Policy, Now)).Code);
        Assert.Equal("project.not-draft", Assert.Throws<DomainRuleException>(() => project.Submit(TestProjects.Member(DemoOrgans.Yulin), Policy, Now)).Code);
    }

    [Fact]
    public void The_secretariat_approves_on_behalf_of_an_absent_coordinator_and_it_is_marked_as_such()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        AggregateEvents.Cleared(project);

        project.ApproveOnBehalf(TestProjects.Secretariat(), 1, DemoOrgans.Zhaoqing.RegionCode, "肇庆协调员出差，经电话确认同意", Policy, Now);

        var approval = Assert.Single(project.Approvals);
        Assert.Equal(("coordinator:441200", true, "肇庆协调员出差，经电话确认同意"), (approval.Party, approval.OnBehalf, approval.Note));
        Assert.Equal(DemoOrgans.Guangxi.Id, approval.ApproverOrgan);
        var recorded = Assert.IsType<ProjectApprovalRecorded>(Assert.Single(AggregateEvents.Of(project)));
        Assert.True(recorded.OnBehalf);
        Assert.Equal("approve-on-behalf", project.History[^1].Action);
        Assert.Contains("on behalf of coordinator:441200", project.History[^1].Note, StringComparison.Ordinal);
        // The secretariat's own approval is a separate party and still pending.
        Assert.Equal(["coordinator:450900", "secretariat"], project.PendingParties(Policy).Select(p => p.Key));
    }

    [Fact]
    public void Only_the_secretariat_approves_on_behalf_with_a_reason_for_a_participating_region_not_yet_approved()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, Now);

        Assert.Equal("review.not-secretariat", Assert.Throws<ForbiddenException>(() =>
            project.ApproveOnBehalf(TestProjects.Coordinator(DemoOrgans.Yulin), 1, "441200", "代为", Policy, Now)).Code);
        Assert.Equal("review.not-a-required-party", Assert.Throws<DomainRuleException>(() =>
            project.ApproveOnBehalf(TestProjects.Secretariat(), 1, DemoOrgans.Hezhou.RegionCode, "代为", Policy, Now)).Code);
        Assert.Equal("project.missing-reason", Assert.Throws<DomainRuleException>(() =>
            project.ApproveOnBehalf(TestProjects.Secretariat(), 1, "450900", "", Policy, Now)).Code);
        Assert.Equal("review.already-approved", Assert.Throws<DomainRuleException>(() =>
            project.ApproveOnBehalf(TestProjects.Secretariat(), 1, "441200", "代为", Policy, Now)).Code);
        Assert.Single(project.Approvals);
    }

    [Fact]
    public void A_round_waiting_for_a_region_without_coordinator_is_reported_at_submission_and_the_secretariat_can_unblock_it()
    {
        var policy = new ReviewPolicy { RegionsWithoutCoordinator = [DemoOrgans.Zhaoqing.RegionCode] };
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        AggregateEvents.Cleared(project);

        project.Submit(TestProjects.Member(DemoOrgans.Yulin), policy, Now);

        Assert.Equal([ReviewParty.CoordinatorOf("441200")], project.BlockedParties(policy));
        var blocked = Assert.Single(AggregateEvents.Of(project).OfType<ProjectReviewBlocked>());
        Assert.Equal(["coordinator:441200"], blocked.BlockedParties);
        Assert.Contains("441200: the region has no coordinator", blocked.Reason, StringComparison.Ordinal);
        Assert.False(project.ReportBlocked(policy, Now.AddHours(1)));

        project.ApproveOnBehalf(TestProjects.Secretariat(), 1, "441200", "肇庆暂未配置协调员", policy, Now);
        Assert.Empty(project.BlockedParties(policy));
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, policy, Now);
        project.Approve(TestProjects.Secretariat(), 1, policy, Now);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void A_region_that_left_the_conference_after_submission_is_reported_once_per_round_by_the_job()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var later = new ReviewPolicy { FormerMemberRegions = [DemoOrgans.Zhaoqing.RegionCode] };
        AggregateEvents.Cleared(project);

        Assert.True(project.ReportBlocked(later, Now.AddDays(1)));
        Assert.False(project.ReportBlocked(later, Now.AddDays(2)));

        var blocked = Assert.IsType<ProjectReviewBlocked>(Assert.Single(AggregateEvents.Of(project)));
        Assert.Contains("no longer a member", blocked.Reason, StringComparison.Ordinal);
        Assert.Equal("report-blocked", project.History[^1].Action);
    }

    [Fact]
    public void An_overdue_round_is_reminded_once_and_a_new_round_can_be_reminded_again()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Secretariat(), 1, Policy, Now);
        var due = project.ReviewDueAt!.Value;
        AggregateEvents.Cleared(project);

        Assert.False(project.RemindOverdue(Policy, due));
        Assert.True(project.RemindOverdue(Policy, due.AddMinutes(1)));
        Assert.False(project.RemindOverdue(Policy, due.AddDays(1)));

        var reminder = Assert.IsType<ProjectReviewOverdue>(Assert.Single(AggregateEvents.Of(project)));
        Assert.Equal(["coordinator:441200", "coordinator:450900"], reminder.PendingParties);
        project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Description = "补充说明" }, Policy, due.AddDays(1));
        Assert.False(project.IsReviewOverdue(due.AddDays(2)));
        Assert.True(project.RemindOverdue(Policy, project.ReviewDueAt!.Value.AddSeconds(1)));
    }
}
