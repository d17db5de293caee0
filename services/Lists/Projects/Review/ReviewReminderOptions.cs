namespace Corridor.Lists.Projects.Review;

/// <summary>Configuration section "Review:Reminders": the job that reminds overdue reviews and reports blocked ones.</summary>
public sealed class ReviewReminderOptions
{
    public const string Section = "Review:Reminders";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most projects handled per round, each saved in its own short transaction.</summary>
    public int BatchSize { get; set; } = 100;
}
