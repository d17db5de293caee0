using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

/// <summary>The pen, numbered revisions with snapshots, and the field-level diff between any two of them.</summary>
public sealed class DraftingRulesTests
{
    private static readonly DateTime Now = TestProjects.Now;

    [Fact]
    public void Every_saved_change_is_a_numbered_revision_with_its_snapshot_and_changed_fields()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var first = project.Content;

        project.Edit(TestProjects.Member(DemoOrgans.Yulin), first with { Title = "玉林—肇庆 产业协作二期" }, TestProjects.WithSecretariat, Now);
        project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Partners = [TestProjects.Partner(DemoOrgans.Zhaoqing), TestProjects.Partner(DemoOrgans.Hezhou)] }, TestProjects.WithSecretariat, Now);

        Assert.Equal(3, project.Revision);
        Assert.Equal([1, 2, 3], project.Revisions.Select(r => r.Number));
        Assert.Equal(["", "title", "partners[" + DemoOrgans.Hezhou.Id + "]"], project.Revisions.Select(r => r.ChangedFields));
        Assert.Equal("玉林—肇庆 党建引领产业协作", project.Revisions[0].Read().Title);
        Assert.Equal(first.BudgetFen, project.Revisions[0].Read().BudgetFen);
        Assert.Equal(first.Milestones, project.Revisions[0].Read().Milestones);
        Assert.Equal(["450900", "441200", "451100"], project.ParticipatingRegions);
        Assert.Equal(ProjectStatus.Draft, project.Status);
    }

    [Fact]
    public void The_diff_between_two_revisions_names_each_changed_field_with_both_values()
    {
        var before = TestProjects.Content(DemoOrgans.Zhaoqing);
        var after = before with
        {
            Category = ProjectCategory.LogisticsAndPorts,
            BudgetFen = null,
            EndDate = new DateOnly(2027, 12, 31),
            Partners = [TestProjects.Partner(DemoOrgans.Zhanjiang)],
            Milestones = [before.Milestones[0] with { DueDate = new DateOnly(2026, 8, 1) }],
        };

        var diff = after.DiffFrom(before);

        Assert.Equal(
            [
                new FieldChange("category", "IndustrialCooperation", "LogisticsAndPorts"),
                new FieldChange("budget", "123456.78", null),
                new FieldChange("endDate", "2027-05-31", "2027-12-31"),
                new FieldChange($"partners[{DemoOrgans.Zhanjiang.Id}]", null, "440800"),
                new FieldChange($"partners[{DemoOrgans.Zhaoqing.Id}]", "441200", null),
                new FieldChange("milestones[1].dueDate", "2026-07-01", "2026-08-01"),
                new FieldChange("milestones[2].title", "首批项目落地", null),
                new FieldChange("milestones[2].dueDate", "2027-03-31", null),
            ],
            diff.OrderBy(c => c.Field.StartsWith("partners", StringComparison.Ordinal) ? 1 : c.Field.StartsWith("milestones", StringComparison.Ordinal) ? 2 : 0));
        Assert.Empty(before.DiffFrom(ProjectContent.FromJson(before.ToJson())));
    }

    [Fact]
    public void Only_the_pen_holder_region_edits_and_the_pen_goes_to_a_partner_and_back()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var zhaoqing = TestProjects.Member(DemoOrgans.Zhaoqing);
        Assert.Equal("project.not-pen-holder", Assert.Throws<ForbiddenException>(() =>
            project.Edit(zhaoqing, project.Content with { Description = "肇庆补充" }, TestProjects.WithSecretariat, Now)).Code);
        AggregateEvents.Cleared(project);

        project.HandPen(TestProjects.Member(DemoOrgans.Yulin), "441200", Now);
        project.Edit(zhaoqing, project.Content with { Description = "肇庆补充" }, TestProjects.WithSecretariat, Now);

        var handed = Assert.IsType<ProjectPenHanded>(AggregateEvents.Of(project)[0]);
        Assert.Equal(("450900", "441200"), (handed.FromRegionCode, handed.ToRegionCode));
        Assert.Equal("441200", project.Revisions[^1].SavedByRegionCode);
        Assert.Equal("project.not-pen-holder", Assert.Throws<ForbiddenException>(() =>
            project.Edit(TestProjects.Member(DemoOrgans.Yulin), project.Content with { Title = "改" }, TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal("project.pen-not-returned", Assert.Throws<DomainRuleException>(() =>
            project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal("project.pen-outside-project", Assert.Throws<DomainRuleException>(() => project.HandPen(zhaoqing, "451100", Now)).Code);
        Assert.Equal("project.not-pen-holder", Assert.Throws<ForbiddenException>(() => project.HandPen(TestProjects.Member(DemoOrgans.Hezhou), "450900", Now)).Code);

        project.HandPen(zhaoqing, "450900", Now);
        project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, Now);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal(2, project.Revision);
    }

    [Fact]
    public void Content_rules_are_checked_on_every_revision()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var yulin = TestProjects.Member(DemoOrgans.Yulin);

        Assert.Equal("project.dates", Assert.Throws<DomainRuleException>(() =>
            project.Edit(yulin, project.Content with { EndDate = new DateOnly(2026, 1, 1), Milestones = [] }, TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal("project.milestone-outside-term", Assert.Throws<DomainRuleException>(() =>
            project.Edit(yulin, project.Content with { Milestones = [new MilestonePlan("提前", new DateOnly(2026, 1, 1))] }, TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal("project.budget", Assert.Throws<DomainRuleException>(() =>
            project.Edit(yulin, project.Content with { BudgetFen = -1 }, TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal("project.partner-same-region", Assert.Throws<DomainRuleException>(() =>
            project.Edit(yulin, project.Content with { Partners = [TestProjects.Partner(DemoOrgans.Yulin)] }, TestProjects.WithSecretariat, Now)).Code);
        Assert.Equal(1, project.Revision);
        Assert.Single(project.Revisions);
    }
}
