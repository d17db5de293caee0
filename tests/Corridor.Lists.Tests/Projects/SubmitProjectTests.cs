using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Projects;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

public sealed class SubmitProjectTests
{
    [Fact]
    public void The_lead_region_submits_the_draft()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, TestProjects.Now);

        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal(2, project.Version);
        Assert.Equal(1, project.Revision);
    }

    [Fact]
    public void Another_organ_of_the_lead_region_may_submit_as_the_pen_holder()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var otherYulinOrgan = new CallerIdentity("玉林另一机关", DemoOrgans.Yulin.RegionCode, DemoOrgans.Hezhou.Id, [CorridorRoles.Member]);

        project.Submit(otherYulinOrgan, TestProjects.WithSecretariat, TestProjects.Now);

        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Fact]
    public void A_partner_region_cannot_submit()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => project.Submit(TestProjects.Coordinator(DemoOrgans.Zhaoqing), TestProjects.WithSecretariat, TestProjects.Now));

        Assert.Equal("project.not-pen-holder", refused.Code);
        Assert.Equal(ProjectStatus.Draft, project.Status);
        Assert.Equal(1, project.Version);
    }

    [Fact]
    public void The_secretariat_outside_the_lead_region_cannot_submit()
    {
        var project = TestProjects.Draft(DemoOrgans.Zhaoqing, DemoOrgans.Yulin);

        var refused = Assert.Throws<ForbiddenException>(() => project.Submit(TestProjects.Secretariat(), TestProjects.WithSecretariat, TestProjects.Now));

        Assert.Equal("project.not-pen-holder", refused.Code);
    }

    [Fact]
    public void Only_a_draft_can_be_submitted()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, TestProjects.Now));

        Assert.Equal("project.not-draft", refused.Code);
        Assert.Equal(2, project.Version);
    }

    [Fact]
    public void An_approved_project_cannot_be_submitted_again()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, TestProjects.CoordinatorsOnly, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, TestProjects.CoordinatorsOnly, TestProjects.Now);

        var refused = Assert.Throws<DomainRuleException>(() => project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, TestProjects.Now));

        Assert.Equal("project.not-draft", refused.Code);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }
}
