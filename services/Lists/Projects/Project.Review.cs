using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>Review: submission, approvals (in person or on behalf), send-back, rejection, and the background reminders.</summary>
public sealed partial class Project
{
    /// <summary>The lead region, holding the pen, submits the current revision for review: a new round with a deadline.</summary>
    public void Submit(CallerIdentity caller, ReviewPolicy policy, DateTime now)
    {
        if (caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", "Only the lead region can submit the project for review.");
        }

        if (Status is not (ProjectStatus.Draft or ProjectStatus.ChangesRequested))
        {
            throw new DomainRuleException("project.not-draft", $"Only a draft or a project sent back for changes can be submitted; the project is {Status}.");
        }

        if (PenHolderRegionCode != LeadRegionCode)
        {
            throw new DomainRuleException("project.pen-not-returned", $"Region {PenHolderRegionCode} holds the pen; take it back before submitting.");
        }

        var from = Status;
        Status = ProjectStatus.Submitted;
        SubmittedAt = now;
        ReviewComments = null;
        StartRound(policy, now);
        var version = Record("submit", from, Status, caller, now, null);
        Raise(new ProjectSubmitted(
            Id, Title, LeadRegionCode, Revision, Round, policy.RequiredParties(ParticipatingRegions).Select(p => p.Key).ToArray(), ReviewDueAt!.Value, version, now));
        ReportIfBlocked(policy, now, version);
    }

    /// <summary>
    /// Records the caller's approval of <paramref name="revision"/>. A coordinator approves for their own region,
    /// the secretariat for the secretariat. When every required party approved in the current round, the project is
    /// Approved and <see cref="ProjectApproved"/> is raised.
    /// </summary>
    public void Approve(CallerIdentity caller, int revision, ReviewPolicy policy, DateTime now)
    {
        EnsureReviewable(revision, "approved");
        var required = policy.RequiredParties(ParticipatingRegions);
        AddApproval(caller, PartyOf(caller, required), revision, required, false, null, "approve", now);
    }

    /// <summary>The secretariat records the approval of the coordinator of <paramref name="regionCode"/>, who is absent; marked as on behalf.</summary>
    public void ApproveOnBehalf(CallerIdentity caller, int revision, string regionCode, string reason, ReviewPolicy policy, DateTime now)
    {
        EnsureReviewable(revision, "approved");
        if (!caller.IsSecretariat)
        {
            throw new ForbiddenException("review.not-secretariat", "Only the conference secretariat can record an approval on behalf of a coordinator.");
        }

        var required = policy.RequiredParties(ParticipatingRegions);
        var party = ReviewParty.CoordinatorOf(regionCode);
        if (!required.Contains(party))
        {
            throw new DomainRuleException("review.not-a-required-party", $"Region {regionCode} does not take part in the project; there is no approval to record for it.");
        }

        AddApproval(caller, party, revision, required, true, Required(reason, "reason"), "approve-on-behalf", now);
    }

    /// <summary>A required party sends the submitted revision back to the lead with comments; the round ends and its approvals are voided.</summary>
    public void RequestChanges(CallerIdentity caller, int revision, string comments, ReviewPolicy policy, DateTime now)
    {
        EnsureReviewable(revision, "sent back");
        var party = PartyOf(caller, policy.RequiredParties(ParticipatingRegions));
        ReviewComments = Required(comments, "comments");
        VoidRound($"{party} requested changes to revision {revision}", now);
        Status = ProjectStatus.ChangesRequested;
        PenHolderRegionCode = LeadRegionCode;
        ReviewDueAt = null;
        var version = Record("request-changes", ProjectStatus.Submitted, Status, caller, now, $"{party}: {comments}");
        Raise(new ProjectChangesRequested(Id, LeadRegionCode, revision, party.Key, comments, version, now));
    }

    /// <summary>A required party rejects the submitted revision with a mandatory reason; the project is closed.</summary>
    public void Reject(CallerIdentity caller, int revision, string reason, ReviewPolicy policy, DateTime now)
    {
        EnsureReviewable(revision, "rejected");
        var party = PartyOf(caller, policy.RequiredParties(ParticipatingRegions));
        RejectionReason = Required(reason, "reason");
        VoidRound($"{party} rejected revision {revision}", now);
        Status = ProjectStatus.Rejected;
        ReviewDueAt = null;
        var version = Record("reject", ProjectStatus.Submitted, Status, caller, now, $"{party}: {reason}");
        Raise(new ProjectRejected(Id, LeadRegionCode, revision, party.Key, reason, version, now));
    }

    /// <summary>Parties that still have to approve in the current round (none unless Submitted).</summary>
    public IReadOnlyList<ReviewParty> PendingParties(ReviewPolicy policy) => PendingParties(policy, Status, Round, ParticipatingRegions, _approvals);

    /// <summary>The rule of <see cref="PendingParties(ReviewPolicy)"/> over a project's parts as read, without the aggregate.</summary>
    public static IReadOnlyList<ReviewParty> PendingParties(
        ReviewPolicy policy, ProjectStatus status, int round, IEnumerable<string> participatingRegions, IEnumerable<Approval> approvals) =>
        status != ProjectStatus.Submitted
            ? []
            : policy.RequiredParties(participatingRegions).Where(r => !approvals.Any(a => a.Party == r.Key && a.Counts(round))).ToArray();

    /// <summary>Pending parties that can never approve in person under the current configuration.</summary>
    public IReadOnlyList<ReviewParty> BlockedParties(ReviewPolicy policy) => BlockedParties(policy, ParticipatingRegions, PendingParties(policy));

    /// <summary>The rule of <see cref="BlockedParties(ReviewPolicy)"/> over the participating regions and the pending parties.</summary>
    public static IReadOnlyList<ReviewParty> BlockedParties(ReviewPolicy policy, IEnumerable<string> participatingRegions, IReadOnlyList<ReviewParty> pending)
    {
        if (pending.Count == 0)
        {
            return [];
        }

        var unreachable = policy.UnreachableRegions(participatingRegions).Select(r => ReviewParty.CoordinatorOf(r.RegionCode)).ToHashSet();
        return pending.Where(unreachable.Contains).ToArray();
    }

    public bool IsReviewOverdue(DateTime now) => IsReviewOverdue(Status, ReviewDueAt, now);

    public static bool IsReviewOverdue(ProjectStatus status, DateTime? reviewDueAt, DateTime now) => status == ProjectStatus.Submitted && reviewDueAt < now;

    /// <summary>The background job: reminds the pending parties of an overdue round, once per round.</summary>
    public bool RemindOverdue(ReviewPolicy policy, DateTime now)
    {
        if (!IsReviewOverdue(now) || RemindedRound == Round)
        {
            return false;
        }

        RemindedRound = Round;
        var pending = PendingParties(policy).Select(p => p.Key).ToArray();
        var version = Record("remind", Status, Status, System, now, $"overdue since {ReviewDueAt:u}; pending: {string.Join(", ", pending)}");
        Raise(new ProjectReviewOverdue(Id, LeadRegionCode, Revision, Round, ReviewDueAt!.Value, pending, version, now));
        return true;
    }

    /// <summary>The background job: reports a round blocked by a configuration change made after the submission, once per round.</summary>
    public bool ReportBlocked(ReviewPolicy policy, DateTime now)
    {
        if (Status != ProjectStatus.Submitted || BlockedReportedRound == Round || BlockedParties(policy).Count == 0)
        {
            return false;
        }

        ReportIfBlocked(policy, now, Record("report-blocked", Status, Status, System, now, null));
        return true;
    }

    private void StartRound(ReviewPolicy policy, DateTime now)
    {
        Round++;
        ReviewDueAt = now.AddDays(Math.Max(1, policy.ReviewDays));
    }

    private string[] VoidRound(string reason, DateTime now)
    {
        var counting = _approvals.Where(a => a.Counts(Round)).ToArray();
        foreach (var approval in counting)
        {
            approval.Void(reason, now);
        }

        return counting.Select(a => a.Party).ToArray();
    }

    private void ReportIfBlocked(ReviewPolicy policy, DateTime now, long version)
    {
        var blocked = BlockedParties(policy);
        if (blocked.Count == 0)
        {
            return;
        }

        BlockedReportedRound = Round;
        var reasons = policy.UnreachableRegions(ParticipatingRegions)
            .Where(r => blocked.Contains(ReviewParty.CoordinatorOf(r.RegionCode)))
            .Select(r => $"{r.RegionCode}: {r.Reason}");
        Raise(new ProjectReviewBlocked(
            Id, LeadRegionCode, Revision, Round, blocked.Select(p => p.Key).ToArray(),
            string.Join("; ", reasons) + ". The secretariat can approve on their behalf, send the project back or reject it.", version, now));
    }

    private void AddApproval(
        CallerIdentity caller, ReviewParty party, int revision, IReadOnlyList<ReviewParty> required, bool onBehalf, string? note, string action, DateTime now)
    {
        if (_approvals.Any(a => a.Party == party.Key && a.Counts(Round)))
        {
            throw new DomainRuleException("review.already-approved", $"{party} has already approved revision {revision}.");
        }

        _approvals.Add(new Approval(party.Key, revision, Round, caller.Actor, caller.Organ, now, onBehalf, note));
        var pending = PendingParties(required);
        var complete = pending.Count == 0;
        if (complete)
        {
            Status = ProjectStatus.Approved;
            ApprovedAt = now;
            ReviewDueAt = null;
        }

        var version = Record(action, ProjectStatus.Submitted, Status, caller, now, onBehalf ? $"on behalf of {party}: {note}" : party.Key);
        Raise(new ProjectApprovalRecorded(Id, LeadRegionCode, revision, party.Key, onBehalf, caller.Subject, caller.Organ, pending.Select(p => p.Key).ToArray(), version, now));
        if (complete)
        {
            Raise(new ProjectApproved(Id, Title, LeadOrganId, LeadRegionCode, ParticipatingRegions.ToArray(), AgreementId, Revision, version, now));
        }
    }

    private List<ReviewParty> PendingParties(IReadOnlyList<ReviewParty> required) =>
        required.Where(r => !_approvals.Any(a => a.Party == r.Key && a.Counts(Round))).ToList();

    private void EnsureReviewable(int revision, string what)
    {
        if (Status != ProjectStatus.Submitted)
        {
            throw new DomainRuleException("review.not-submitted", $"Only a submitted project can be {what}; the project is {Status}.");
        }

        if (revision != Revision)
        {
            throw new DomainRuleException("review.stale-revision", $"You named revision {revision}, but the project is at revision {Revision}; review the current revision.");
        }
    }

    private static ReviewParty PartyOf(CallerIdentity caller, IReadOnlyList<ReviewParty> required)
    {
        if (caller.IsSecretariat && required.Contains(ReviewParty.Secretariat))
        {
            return ReviewParty.Secretariat;
        }

        var coordinator = ReviewParty.CoordinatorOf(caller.Region);
        if (caller.IsCoordinator && required.Contains(coordinator))
        {
            return coordinator;
        }

        throw new ForbiddenException("review.not-a-reviewer", "Only the coordinator of a participating region or the conference secretariat can review this project.");
    }
}
