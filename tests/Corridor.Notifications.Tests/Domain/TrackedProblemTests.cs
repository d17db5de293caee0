using Corridor.Notifications.Records;

namespace Corridor.Notifications.Tests.Domain;

public sealed class TrackedProblemTests
{
    private static readonly DateOnly Due = new(2026, 7, 1);

    [Fact]
    public void Acceptance_sets_who_answers_and_the_due_date_and_starts_the_watch()
    {
        var problem = new TrackedProblem(Guid.NewGuid());
        problem.Raised("用地指标", "RAISER", "441200", "450900", 1);
        Assert.False(problem.IsBeingHandled);

        problem.Accepted("RESPONSIBLE", "450900", ["CO1", "CO2"], Due, 2);

        Assert.True(problem.IsBeingHandled);
        Assert.Equal(("RESPONSIBLE", Due, ProblemStage.Accepted), (problem.ResponsibleOrganId, problem.DueDate, problem.Stage));
        Assert.Equal(["CO1", "CO2"], problem.CoResponsible);
    }

    [Fact]
    public void An_older_event_arriving_late_changes_neither_stage_nor_assignment()
    {
        var problem = new TrackedProblem(Guid.NewGuid());
        problem.Accepted("RESPONSIBLE", "450900", [], Due, 2);
        Assert.True(problem.Advance(ProblemStage.Resolved, 3));

        problem.Accepted("SOMEONE-ELSE", "440800", [], Due.AddDays(10), 2);
        problem.Raised("用地指标", "RAISER", "441200", "450900", 1);

        Assert.Equal((ProblemStage.Resolved, 3L), (problem.Stage, problem.Version));
        Assert.Equal(("RESPONSIBLE", Due), (problem.ResponsibleOrganId, problem.DueDate));
        Assert.Equal("用地指标", problem.Title);
        Assert.False(problem.IsBeingHandled);
    }

    [Fact]
    public void A_reopened_problem_is_watched_again()
    {
        var problem = new TrackedProblem(Guid.NewGuid());
        problem.Accepted("RESPONSIBLE", "450900", [], Due, 2);
        problem.Advance(ProblemStage.Resolved, 3);

        Assert.True(problem.Advance(ProblemStage.Accepted, 4));

        Assert.True(problem.IsBeingHandled);
    }
}
