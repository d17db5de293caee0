namespace Corridor.Lists.Problems.Escalation;

/// <summary>Configuration section "Problems:Escalation".</summary>
public sealed class EscalationOptions
{
    public const string Section = "Problems:Escalation";

    /// <summary>Days a problem must be overdue before it is escalated to the coordinators (at least 1 in effect).</summary>
    public int OverdueDaysBeforeEscalation { get; set; } = 3;

    /// <summary>How often the job looks for problems to escalate.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most problems escalated per round, so one round stays a short transaction each.</summary>
    public int BatchSize { get; set; } = 100;
}
