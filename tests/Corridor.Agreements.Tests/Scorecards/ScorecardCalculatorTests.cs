using Corridor.Agreements.Agreements;
using Corridor.Agreements.Scorecards;

namespace Corridor.Agreements.Tests.Scorecards;

public sealed class ScorecardCalculatorTests
{
    private static readonly Guid Agreement = Guid.NewGuid();

    [Fact]
    public void Every_area_is_scored_plan_against_activities_and_joint_projects_against_approved_projects()
    {
        var scores = ScorecardCalculator.Score(
            [new AreaPlan(2026, CooperationArea.JointStudy, 4, null), new AreaPlan(2026, CooperationArea.JointProjects, 2, null)],
            [new AreaTally(Agreement, CooperationArea.JointStudy, 3, 150), new AreaTally(Agreement, CooperationArea.JointProjects, 5, 40), new AreaTally(Agreement, CooperationArea.JointWork, 1, 12)],
            approvedProjects: 1);

        Assert.Equal(Enum.GetValues<CooperationArea>(), scores.Select(s => s.Area));
        var study = scores.Single(s => s.Area == CooperationArea.JointStudy);
        Assert.Equal((4, 3, 150, 75), (study.Planned, study.Actual, study.Participants, study.CompletionPercent!.Value));
        var projects = scores.Single(s => s.Area == CooperationArea.JointProjects);
        Assert.Equal((2, 1, 5, 1, 50), (projects.Planned, projects.Actual, projects.Activities, projects.ApprovedProjects, projects.CompletionPercent!.Value));
        var work = scores.Single(s => s.Area == CooperationArea.JointWork);
        Assert.Equal((0, 1), (work.Planned, work.Actual));
        Assert.Null(work.CompletionPercent);
    }

    [Fact]
    public void A_roll_up_adds_agreements_area_by_area()
    {
        var first = ScorecardCalculator.Score([new AreaPlan(2026, CooperationArea.JointTraining, 2, null)], [new AreaTally(Agreement, CooperationArea.JointTraining, 1, 30)], 0);
        var second = ScorecardCalculator.Score([new AreaPlan(2026, CooperationArea.JointTraining, 3, null)], [new AreaTally(Agreement, CooperationArea.JointTraining, 3, 90)], 2);

        var sum = ScorecardCalculator.Sum([first, second]);

        var training = sum.Single(s => s.Area == CooperationArea.JointTraining);
        Assert.Equal((5, 4, 120, 80), (training.Planned, training.Actual, training.Participants, training.CompletionPercent!.Value));
        Assert.Equal(2, sum.Single(s => s.Area == CooperationArea.JointProjects).ApprovedProjects);
    }

    [Fact]
    public void A_later_approval_of_a_linked_project_replaces_an_earlier_one_but_not_the_other_way_round()
    {
        var project = new LinkedProject(Guid.NewGuid(), Agreement, "项目", "91450000MA0000000X", "450900", 1, 5, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        project.Refresh(Agreement, "项目（修订）", 2, 9, new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        project.Refresh(Agreement, "旧", 1, 5, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal((2, 9L, 2027), (project.Revision, project.SourceVersion, project.ApprovedAt.Year));
    }
}
