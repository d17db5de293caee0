namespace Corridor.Notifications.Records;

/// <summary>
/// What Notifications needs to know of a problem to tell the right people and to watch its due date: its title, who
/// raised it, who handles and answers for it, and its state, from the Lists service's problem events. Each event
/// carries only part of the record, so each applies its part; the version of the newest applied is kept.
/// </summary>
public sealed class TrackedProblem
{
    private TrackedProblem()
    {
    }

    public TrackedProblem(Guid problemId) => ProblemId = problemId;

    public Guid ProblemId { get; private set; }

    public string Title { get; private set; } = "";

    public string RaisedByOrganId { get; private set; } = "";

    public string RaisedByRegionCode { get; private set; } = "";

    public string HandlingRegionCode { get; private set; } = "";

    public string? ResponsibleOrganId { get; private set; }

    public string? ResponsibleRegionCode { get; private set; }

    /// <summary>Space-separated organ ids.</summary>
    public string CoResponsibleOrganIds { get; private set; } = "";

    public DateOnly? DueDate { get; private set; }

    public ProblemStage Stage { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<string> CoResponsible => CoResponsibleOrganIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether its due date is watched: accepted and neither resolved nor ended.</summary>
    public bool IsBeingHandled => Stage == ProblemStage.Accepted && DueDate is not null && ResponsibleOrganId is not null;

    public void Raised(string title, string raisedByOrganId, string raisedByRegionCode, string handlingRegionCode, long version)
    {
        // The raising facts never change; an event that overtook this one may already have set a later stage.
        Title = title;
        RaisedByOrganId = raisedByOrganId;
        RaisedByRegionCode = raisedByRegionCode;
        HandlingRegionCode = handlingRegionCode;
        Advance(ProblemStage.Raised, version);
    }

    public void Accepted(string responsibleOrganId, string responsibleRegionCode, IEnumerable<string> coResponsible, DateOnly dueDate, long version)
    {
        if (Advance(ProblemStage.Accepted, version))
        {
            ResponsibleOrganId = responsibleOrganId;
            ResponsibleRegionCode = responsibleRegionCode;
            CoResponsibleOrganIds = string.Join(' ', coResponsible);
            DueDate = dueDate;
        }
    }

    public void Handling(string raisedByRegionCode, string handlingRegionCode)
    {
        RaisedByRegionCode = raisedByRegionCode;
        HandlingRegionCode = handlingRegionCode;
    }

    /// <summary>Moves to <paramref name="stage"/> when <paramref name="version"/> is newer; returns whether it did.</summary>
    public bool Advance(ProblemStage stage, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        Stage = stage;
        Version = version;
        return true;
    }
}

public enum ProblemStage
{
    Unknown,
    Raised,
    Transferred,
    Accepted,
    Resolved,
    Ended,
}
