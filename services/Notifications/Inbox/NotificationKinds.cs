namespace Corridor.Notifications.Inbox;

/// <summary>Every kind of notification (docs/domain/notifications.md has the table of event → recipients → message).</summary>
public static class NotificationKinds
{
    public const string ProblemRaised = "problem.raised";
    public const string ProblemAccepted = "problem.accepted";
    public const string ProblemTransferred = "problem.transferred";
    public const string ProblemUrged = "problem.urged";
    public const string ProblemResolved = "problem.resolved";
    public const string ProblemRejected = "problem.rejected";
    public const string ProblemReopened = "problem.reopened";
    public const string ProblemClosed = "problem.closed";
    public const string ProblemEscalated = "problem.escalated";
    public const string ProblemDueSoon = "problem.due-soon";
    public const string ProblemOverdue = "problem.overdue";
    public const string ProjectSubmitted = "project.submitted";
}
