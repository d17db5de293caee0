namespace Corridor.Teams.Teams;

/// <summary>A team sent to an approved joint project for a period.</summary>
public sealed class Deployment
{
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

    public DateOnly? To { get; private set; }

    public string Task { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool Overlaps(DateOnly from, DateOnly? to) =>
        (To is null || from <= To) && (to is null || From <= to);
}
