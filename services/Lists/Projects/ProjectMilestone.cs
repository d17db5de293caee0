namespace Corridor.Lists.Projects;

/// <summary>A milestone of a project: planned in the content, its progress reported during execution.</summary>
public sealed class ProjectMilestone
{
    private ProjectMilestone()
    {
    }

    public ProjectMilestone(int number, string title, DateOnly dueDate)
    {
        Number = number;
        Title = title;
        DueDate = dueDate;
    }

    public long Id { get; private set; }

    /// <summary>1-based position in the plan.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    /// <summary>0–100; 100 means the milestone is reached.</summary>
    public int Percent { get; private set; }

    public string? LastNote { get; private set; }

    public DateOnly? ReachedOn { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    internal void Report(int percent, string? note, DateTime now)
    {
        Percent = percent;
        LastNote = note;
        UpdatedAt = now;
        ReachedOn = percent == 100 ? ReachedOn ?? DateOnly.FromDateTime(now) : null;
    }
}
