namespace Corridor.Teams.Teams.Deployments;

/// <summary>
/// A team sent to an approved joint project for the days [From, To] (To null: open-ended). Ending it
/// early (by the owner, the team standing down, or the project completing or being cancelled) sets
/// EndedOn, the last day it counts; a deployment ended before it started never counts.
/// </summary>
public sealed class Deployment
{
    private readonly List<DeploymentOutcome> _outcomes = [];

    private Deployment()
    {
    }

    public Deployment(Guid projectId, DateOnly from, DateOnly? to, string task, DateTime createdAt)
    {
        ProjectId = projectId;
        From = from;
        To = to;
        Task = task;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ProjectId { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The planned last day.</summary>
    public DateOnly? To { get; private set; }

    public string Task { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Set when the deployment was ended before its planned end: the last day it counts.</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public DateTime? EndRecordedAt { get; private set; }

    public IReadOnlyList<DeploymentOutcome> Outcomes => _outcomes;

    public bool IsEnded => EndedOn is not null;

    /// <summary>The last day the deployment counts: the end if it was ended, else the planned end (null: open).</summary>
    public DateOnly? LastDay => EndedOn ?? To;

    public bool IsActiveOn(DateOnly day) => From <= day && (LastDay is not { } last || day <= last);

    /// <summary>Whether the days [from, to] (to null: open-ended) meet the days this deployment counts.</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        !EndedBeforeStart && (to is null || From <= to) && (LastDay is null || from <= LastDay);

    /// <summary>Still running (or yet to start) on <paramref name="day"/>: not ended, and its planned end not before the day.</summary>
    public bool IsOpenOn(DateOnly day) => !IsEnded && (To is null || To >= day);

    private bool EndedBeforeStart => EndedOn is { } ended && ended < From;

    internal void End(DateOnly endedOn, string reason, DateTime recordedAt)
    {
        EndedOn = endedOn;
        EndReason = reason;
        EndRecordedAt = recordedAt;
    }

    internal void AddOutcome(DeploymentOutcome outcome) => _outcomes.Add(outcome);
}
