using Corridor.BuildingBlocks.Domain;
using Corridor.Lists.Projects;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

public sealed class DraftProjectTests
{
    [Fact]
    public void A_draft_is_at_revision_1_and_version_1_and_lists_the_lead_first()
    {
        var agreementId = Guid.NewGuid();
        var content = TestProjects.Content(DemoOrgans.Zhanjiang, DemoOrgans.Zhaoqing) with { Title = "钦州—湛江 港航党建联建", AgreementId = agreementId };
        var project = Project.Draft(TestProjects.Member(DemoOrgans.Qinzhou), content, TestProjects.Now);

        Assert.Equal(ProjectStatus.Draft, project.Status);
        Assert.Equal(1, project.Revision);
        Assert.Equal(1, project.Version);
        Assert.Equal(agreementId, project.AgreementId);
        Assert.Empty(project.Approvals);
        Assert.Equal([DemoOrgans.Qinzhou.Id, DemoOrgans.Zhanjiang.Id, DemoOrgans.Zhaoqing.Id], project.ParticipatingOrgans);
        Assert.Equal(["450700", "440800", "441200"], project.ParticipatingRegions);
    }

    [Fact]
    public void A_joint_project_needs_a_partner()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestProjects.Draft(DemoOrgans.Yulin));

        Assert.Equal("project.no-partners", refused.Code);
    }

    [Fact]
    public void A_partner_cannot_come_from_the_lead_region()
    {
        var sameRegion = new DemoOrgan(DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.Name, DemoOrgans.Yulin.RegionCode);

        var refused = Assert.Throws<DomainRuleException>(() => TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Hezhou, sameRegion));

        Assert.Equal("project.partner-same-region", refused.Code);
    }

    [Fact]
    public void An_organ_takes_part_only_once()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Zhaoqing));

        Assert.Equal("project.duplicate-organ", refused.Code);
    }

    [Fact]
    public void Two_partners_of_one_region_make_that_region_participate_once()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Zhanjiang, DemoOrgans.Guangdong);

        Assert.Equal(["450900", "441200", "440800", "440000"], project.ParticipatingRegions);
        var secondZhaoqingOrgan = new DemoOrgan(DemoOrgans.Hezhou.Id, "肇庆另一机关", DemoOrgans.Zhaoqing.RegionCode);
        var twoInZhaoqing = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, secondZhaoqingOrgan);
        Assert.Equal(["450900", "441200"], twoInZhaoqing.ParticipatingRegions);
        Assert.Equal(3, twoInZhaoqing.ParticipatingOrgans.Count());
    }
}
