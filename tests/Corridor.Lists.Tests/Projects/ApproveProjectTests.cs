using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

/// <summary>
/// Who approves what, and when the project is Approved. The ProjectApproved event itself is checked
/// where it becomes observable: as an outbox row (Persistence) and on the broker (Integration).
/// </summary>
public sealed class ApproveProjectTests
{
    private static readonly ReviewPolicy Policy = TestProjects.WithSecretariat;

    [Fact]
    public void A_draft_cannot_be_approved()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, TestProjects.Now));

        Assert.Equal("review.not-submitted", refused.Code);
        Assert.Empty(project.Approvals);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void An_approval_naming_another_revision_than_the_current_one_is_refused(int revision)
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), revision, Policy, TestProjects.Now));

        Assert.Equal("review.stale-revision", refused.Code);
        Assert.Empty(project.Approvals);
        Assert.Equal(2, project.Version);
    }

    [Fact]
    public void The_coordinator_of_a_region_that_does_not_participate_cannot_approve()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Hezhou), 1, Policy, TestProjects.Now));

        Assert.Equal("review.not-a-reviewer", refused.Code);
        Assert.Empty(project.Approvals);
    }

    [Fact]
    public void The_coordinator_of_the_province_does_not_approve_for_its_city()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Guangxi), 1, Policy, TestProjects.Now));

        Assert.Equal("review.not-a-reviewer", refused.Code);
    }

    [Fact]
    public void A_plain_member_of_a_participating_region_cannot_approve()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => project.Approve(TestProjects.Member(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now));

        Assert.Equal("review.not-a-reviewer", refused.Code);
        Assert.Empty(project.Approvals);
    }

    [Fact]
    public void The_same_party_cannot_approve_twice_even_through_another_coordinator_of_its_region()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);

        var again = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now));
        var colleague = new CallerIdentity("肇庆另一协调员", DemoOrgans.Zhaoqing.RegionCode, DemoOrgans.Zhanjiang.Id, [CorridorRoles.Member, CorridorRoles.Coordinator]);
        var sameRegion = Assert.Throws<DomainRuleException>(() => project.Approve(colleague, 1, Policy, TestProjects.Now));

        Assert.Equal("review.already-approved", again.Code);
        Assert.Equal("review.already-approved", sameRegion.Code);
        Assert.Single(project.Approvals);
        Assert.Equal(3, project.Version);
    }

    [Fact]
    public void The_secretariat_cannot_approve_twice()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now);

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now));

        Assert.Equal("review.already-approved", refused.Code);
    }

    [Fact]
    public void Each_approval_is_recorded_for_its_party_and_the_project_stays_Submitted_until_the_last()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        Assert.Equal(["coordinator:441200", "coordinator:450900", "secretariat"], project.PendingParties(Policy).Select(p => p.Key));

        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now.AddHours(1));

        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Null(project.ApprovedAt);
        Assert.Equal(4, project.Version);
        Assert.Equal([ReviewParty.CoordinatorOf("441200")], project.PendingParties(Policy));
        var first = project.Approvals[0];
        Assert.Equal(("coordinator:450900", 1, DemoOrgans.Yulin.Id, TestProjects.Now), (first.Party, first.Revision, first.ApproverOrgan, first.ApprovedAt));
        Assert.Equal("secretariat", project.Approvals[1].Party);
    }

    [Fact]
    public void The_last_required_approval_makes_the_project_Approved()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);

        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, TestProjects.Now.AddDays(1));

        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(TestProjects.Now.AddDays(1), project.ApprovedAt);
        Assert.Equal(5, project.Version);
        Assert.Empty(project.PendingParties(Policy));
        Assert.Equal(3, project.Approvals.Count);
    }

    [Fact]
    public void An_approved_project_takes_no_further_approval()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now);

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now));

        Assert.Equal("review.not-submitted", refused.Code);
        Assert.Equal(5, project.Version);
    }

    [Fact]
    public void Every_participating_region_must_approve_when_there_are_several_partners()
    {
        var project = TestProjects.Submitted(DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Qinzhou), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhanjiang), 1, Policy, TestProjects.Now);
        project.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now);

        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal([ReviewParty.CoordinatorOf(DemoOrgans.Zhaoqing.RegionCode)], project.PendingParties(Policy));

        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void Without_the_secretariat_in_the_policy_the_coordinators_approve_alone()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        Assert.Equal(["coordinator:441200", "coordinator:450900"], project.PendingParties(TestProjects.CoordinatorsOnly).Select(p => p.Key));

        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, TestProjects.CoordinatorsOnly, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, TestProjects.CoordinatorsOnly, TestProjects.Now);

        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.DoesNotContain(project.Approvals, a => a.Party == ReviewParty.SecretariatKey);
    }

    [Fact]
    public void Without_the_secretariat_in_the_policy_the_secretariat_is_not_a_reviewer()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => project.Approve(TestProjects.Secretariat(), 1, TestProjects.CoordinatorsOnly, TestProjects.Now));

        Assert.Equal("review.not-a-reviewer", refused.Code);
    }
}
