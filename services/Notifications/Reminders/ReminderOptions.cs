namespace Corridor.Notifications.Reminders;

/// <summary>Configuration section "Notifications:Reminders": the rounds that send reminders, lights and the weekly digest.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Notifications:Reminders";

    /// <summary>How often a round looks for thresholds passed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A problem being handled and due within this many China days gets a yellow reminder.</summary>
    public int ProblemDueSoonDays { get; set; } = 3;

    /// <summary>A review round due within this many hours reminds the parties yet to decide.</summary>
    public int ReviewDueSoonHours { get; set; } = 24;

    /// <summary>Whether coordinators get the weekly digest (Monday 09:00 China time).</summary>
    public bool WeeklyDigest { get; set; } = true;
}
