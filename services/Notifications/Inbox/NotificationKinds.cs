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
    public const string ProjectChangesRequested = "project.changes-requested";
    public const string ProjectPenHanded = "project.pen-handed";
    public const string ProjectReviewDueSoon = "project.review-due-soon";
    public const string ProjectReviewOverdue = "project.review-overdue";
    public const string ProjectApproved = "project.approved";
    public const string ProjectRejected = "project.rejected";
    public const string ProjectReviewBlocked = "project.review-blocked";
    public const string AgreementProposed = "agreement.proposed";
    public const string AgreementRenewalDue = "agreement.renewal-due";
    public const string AgreementSuspended = "agreement.suspended";
    public const string AgreementTerminated = "agreement.terminated";
    public const string AgreementExpired = "agreement.expired";
    public const string DeploymentEnded = "team.deployment-ended";
    public const string MatchProposed = "match.proposed";
    public const string MatchAccepted = "match.accepted";
    public const string MatchDeclined = "match.declined";
    public const string WeeklyDigest = "digest.weekly";
}
