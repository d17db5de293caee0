using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>
/// A joint project (项目清单) led by an organ of one region with partner organs in others.
/// <para>
/// Drafting: the pen-holder region (the lead's, unless the pen was handed to a partner region) edits the
/// content; every saved change is a numbered revision with a stored snapshot. The lead region submits.
/// </para>
/// <para>
/// Review: each required party (<see cref="ReviewPolicy"/>) approves the submitted revision by number, in the
/// current round. An edit under review makes a new revision and a new round: earlier approvals are voided and
/// the approvers are noticed. A reviewer may send the revision back with comments (ChangesRequested; the lead
/// edits and resubmits, a new round) or reject it with a reason (final). The secretariat may record an approval
/// on behalf of an absent coordinator, marked as such. Approved once every required party approved in the
/// current round (hence the same revision).
/// </para>
/// <para>Execution: Approved → InExecution (milestone progress) → Completed, or Cancelled with a reason from any unfinished status.</para>
/// </summary>
public sealed class Project : AggregateRoot
{
    private static readonly ProjectStatus[] Editable = [ProjectStatus.Draft, ProjectStatus.ChangesRequested, ProjectStatus.Submitted];
    private static readonly ProjectStatus[] Cancellable =
        [ProjectStatus.Draft, ProjectStatus.ChangesRequested, ProjectStatus.Submitted, ProjectStatus.Approved, ProjectStatus.InExecution];

    public const int MaxExternalReference = 100;

    private readonly List<ProjectPartner> _partners = [];
    private readonly List<ProjectMilestone> _milestones = [];
    private readonly List<Approval> _approvals = [];
    private readonly List<ProjectRevision> _revisions = [];
    private readonly List<ProjectTransition> _history = [];

    private Project()
    {
    }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public ProjectCategory Category { get; private set; }

    /// <summary>CNY in fen (1 yuan = 100 fen): exact, and summed in SQL on both providers.</summary>
    public long? BudgetFen { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string LeadOrganId { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    /// <summary>The region whose organs may edit the draft: the lead's unless the pen was handed to a partner region.</summary>
    public string PenHolderRegionCode { get; private set; } = "";

    public Guid? AgreementId { get; private set; }

    /// <summary>The lead region's own id for the project (upsert by reference); unique per lead region, null for projects created without one.</summary>
    public string? ExternalReference { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Numbered revision of the content; review decisions name the revision they saw.</summary>
    public int Revision { get; private set; }

    /// <summary>Review round: a new one starts at each submission and at each edit under review. 0 before the first submission.</summary>
    public int Round { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>Deadline of the current review round.</summary>
    public DateTime? ReviewDueAt { get; private set; }

    /// <summary>The round for which the overdue reminder went out (once per round).</summary>
    public int? RemindedRound { get; private set; }

    /// <summary>The round for which a party that can never approve was reported (once per round).</summary>
    public int? BlockedReportedRound { get; private set; }

    public string? ReviewComments { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateOnly? ExecutionStartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public IReadOnlyList<ProjectPartner> Partners => _partners;

    public IReadOnlyList<ProjectMilestone> Milestones => _milestones;

    public IReadOnlyList<Approval> Approvals => _approvals;

    public IReadOnlyList<ProjectRevision> Revisions => _revisions;

    public IReadOnlyList<ProjectTransition> History => _history;

    public IEnumerable<string> ParticipatingRegions => _partners.Select(p => p.RegionCode).Prepend(LeadRegionCode).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> ParticipatingOrgans => _partners.Select(p => p.OrganId).Prepend(LeadOrganId);

    public ProjectContent Content => new(
        Title,
        Description,
        Category,
        BudgetFen,
        StartDate,
        EndDate,
        _partners.Select(p => new PartnerRef(p.OrganId, p.RegionCode)).ToArray(),
        _milestones.OrderBy(m => m.Number).Select(m => new MilestonePlan(m.Title, m.DueDate)).ToArray(),
        AgreementId);

    /// <summary>The caller's organ leads; its region holds the pen. Revision 1 is stored as the first snapshot.</summary>
    public static Project Draft(CallerIdentity lead, ProjectContent content, DateTime now, string? externalReference = null)
    {
        content.EnsureValid(lead.Organ, lead.Region);
        if (externalReference is not null && (string.IsNullOrWhiteSpace(externalReference) || externalReference.Length > MaxExternalReference))
        {
            throw new DomainRuleException("project.external-reference", $"The external reference is 1 to {MaxExternalReference} characters.");
        }

        var project = new Project
        {
            LeadOrganId = lead.Organ,
            LeadRegionCode = lead.Region,
            PenHolderRegionCode = lead.Region,
            ExternalReference = externalReference?.Trim(),
            Status = ProjectStatus.Draft,
            Revision = 1,
            CreatedAt = now,
        };
        project.Apply(content);
        project._revisions.Add(new ProjectRevision(1, content.ToJson(), [], lead.Actor, lead.Organ, lead.Region, now));
        var version = project.Record("draft", null, ProjectStatus.Draft, lead, now, null);
        project.Raise(new ProjectDrafted(
            project.Id, project.Title, project.LeadOrganId, project.LeadRegionCode, project.ParticipatingRegions.ToArray(), project.AgreementId, version, now));
        return project;
    }

    /// <summary>
    /// The pen-holder saves new content: revision r+1 with its snapshot. Under review this also voids the approvals
    /// of the round, starts a new round with a new deadline, and notices every required party. Returns the changed
    /// fields; an identical content changes nothing and makes no revision.
    /// </summary>
    public IReadOnlyList<FieldChange> Edit(CallerIdentity caller, ProjectContent content, ReviewPolicy policy, DateTime now)
    {
        EnsureIn("edit", Editable);
        if (caller.Region != PenHolderRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", $"Only the pen-holder region {PenHolderRegionCode} can edit the project.");
        }

        content.EnsureValid(LeadOrganId, LeadRegionCode);
        var changes = content.DiffFrom(Content);
        if (changes.Count == 0)
        {
            return changes;
        }

        Apply(content);
        Revision++;
        var changedFields = changes.Select(c => c.Field).ToArray();
        _revisions.Add(new ProjectRevision(Revision, content.ToJson(), changedFields, caller.Actor, caller.Organ, caller.Region, now));
        var underReview = Status == ProjectStatus.Submitted;
        var voided = underReview ? VoidRound($"revision {Revision} replaced revision {Revision - 1}", now) : [];
        if (underReview)
        {
            StartRound(policy, now);
        }

        var version = Record("edit", Status, Status, caller, now, string.Join(", ", changedFields));
        Raise(new ProjectRevised(Id, LeadRegionCode, Revision, Status.ToString(), changedFields, caller.Organ, version, now));
        if (underReview)
        {
            Raise(new ProjectApprovalsVoided(
                Id, LeadRegionCode, Revision - 1, Revision, voided, policy.RequiredParties(ParticipatingRegions).Select(p => p.Key).ToArray(), version, now));
            ReportIfBlocked(policy, now, version);
        }

        return changes;
    }

    /// <summary>The pen-holder (or the lead region, which can always take it back) hands the pen to another participating region.</summary>
    public void HandPen(CallerIdentity caller, string toRegionCode, DateTime now)
    {
        EnsureIn("hand the pen of", ProjectStatus.Draft, ProjectStatus.ChangesRequested);
        if (caller.Region != PenHolderRegionCode && caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", $"Only the pen-holder region {PenHolderRegionCode} or the lead region can hand the pen on.");
        }

        if (!ParticipatingRegions.Contains(toRegionCode, StringComparer.Ordinal))
        {
            throw new DomainRuleException("project.pen-outside-project", $"Region {toRegionCode} does not take part in the project.");
        }

        if (toRegionCode == PenHolderRegionCode)
        {
            throw new DomainRuleException("project.pen-already-held", $"Region {toRegionCode} already holds the pen.");
        }

        var from = PenHolderRegionCode;
        PenHolderRegionCode = toRegionCode;
        var version = Record("hand-pen", Status, Status, caller, now, $"{from} → {toRegionCode}");
        Raise(new ProjectPenHanded(Id, LeadRegionCode, from, toRegionCode, version, now));
    }

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
    public IReadOnlyList<ReviewParty> PendingParties(ReviewPolicy policy) =>
        Status != ProjectStatus.Submitted
            ? []
            : policy.RequiredParties(ParticipatingRegions).Where(r => !_approvals.Any(a => a.Party == r.Key && a.Counts(Round))).ToArray();

    /// <summary>Pending parties that can never approve in person under the current configuration.</summary>
    public IReadOnlyList<ReviewParty> BlockedParties(ReviewPolicy policy)
    {
        var unreachable = policy.UnreachableRegions(ParticipatingRegions).Select(r => ReviewParty.CoordinatorOf(r.RegionCode)).ToHashSet();
        return PendingParties(policy).Where(unreachable.Contains).ToArray();
    }

    public bool IsReviewOverdue(DateTime now) => Status == ProjectStatus.Submitted && ReviewDueAt < now;

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

    /// <summary>The lead region starts executing the approved project.</summary>
    public void StartExecution(CallerIdentity caller, DateOnly startedOn, DateTime now)
    {
        EnsureIn("start", ProjectStatus.Approved);
        EnsureLead(caller, "start the execution of");
        ExecutionStartedOn = startedOn;
        Status = ProjectStatus.InExecution;
        var version = Record("start-execution", ProjectStatus.Approved, Status, caller, now, null);
        Raise(new ProjectExecutionStarted(Id, LeadRegionCode, AgreementId, startedOn, version, now));
    }

    /// <summary>An organ taking part reports a milestone's progress (0–100) while the project is in execution.</summary>
    public void ReportMilestone(CallerIdentity caller, int number, int percent, string? note, DateTime now)
    {
        EnsureIn("report progress on", ProjectStatus.InExecution);
        if (!ParticipatingOrgans.Contains(caller.Organ, StringComparer.Ordinal))
        {
            throw new ForbiddenException("project.not-a-participant", "Only an organ taking part in the project can report its progress.");
        }

        var milestone = _milestones.SingleOrDefault(m => m.Number == number)
            ?? throw new DomainRuleException("project.no-such-milestone", $"The project has no milestone {number}.");
        if (percent is < 0 or > 100)
        {
            throw new DomainRuleException("project.milestone-percent", "Progress is a percentage from 0 to 100.");
        }

        milestone.Report(percent, note, now);
        var version = Record("milestone", Status, Status, caller, now, $"milestone {number}: {percent}%{(note is null ? "" : " — " + note)}");
        Raise(new ProjectMilestoneProgressed(Id, LeadRegionCode, number, percent, percent == 100, caller.Organ, version, now));
    }

    /// <summary>The lead region declares the project completed.</summary>
    public void Complete(CallerIdentity caller, DateOnly completedOn, DateTime now)
    {
        EnsureIn("complete", ProjectStatus.InExecution);
        EnsureLead(caller, "complete");
        if (ExecutionStartedOn is { } started && completedOn < started)
        {
            throw new DomainRuleException("project.completed-before-start", $"The project started on {started:yyyy-MM-dd}; it cannot be completed before.");
        }

        CompletedOn = completedOn;
        Status = ProjectStatus.Completed;
        var version = Record("complete", ProjectStatus.InExecution, Status, caller, now, null);
        Raise(new ProjectCompleted(Id, LeadRegionCode, AgreementId, completedOn, version, now));
    }

    /// <summary>The lead region or the secretariat cancels an unfinished project, with a mandatory reason.</summary>
    public void Cancel(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureIn("cancel", Cancellable);
        if (caller.Region != LeadRegionCode && !caller.IsSecretariat)
        {
            throw new ForbiddenException("project.not-lead", "Only the lead region or the secretariat can cancel the project.");
        }

        CancellationReason = Required(reason, "reason");
        var from = Status;
        if (from == ProjectStatus.Submitted)
        {
            VoidRound("the project was cancelled", now);
        }

        Status = ProjectStatus.Cancelled;
        ReviewDueAt = null;
        var version = Record("cancel", from, Status, caller, now, reason);
        Raise(new ProjectCancelled(Id, LeadRegionCode, AgreementId, reason, version, now));
    }

    private static CallerIdentity System => new("system", "", "", []);

    private void Apply(ProjectContent content)
    {
        Title = content.Title.Trim();
        Description = content.Description;
        Category = content.Category;
        BudgetFen = content.BudgetFen;
        StartDate = content.StartDate;
        EndDate = content.EndDate;
        AgreementId = content.AgreementId;

        // Partners are keyed by organ: keep the unchanged rows, so EF updates instead of re-inserting a key it tracks.
        _partners.RemoveAll(p => !content.Partners.Any(n => n.OrganId == p.OrganId && n.RegionCode == p.RegionCode));
        _partners.AddRange(content.Partners.Where(n => !_partners.Any(p => p.OrganId == n.OrganId)).Select(n => new ProjectPartner(n.OrganId, n.RegionCode)));

        _milestones.Clear();
        _milestones.AddRange(content.Milestones.Select((m, i) => new ProjectMilestone(i + 1, m.Title.Trim(), m.DueDate)));
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

    private long Record(string action, ProjectStatus? from, ProjectStatus to, CallerIdentity caller, DateTime now, string? note)
    {
        _history.Add(new ProjectTransition(action, from, to, Revision, caller.Actor, caller.Organ, caller.Region, now, note));
        UpdatedAt = now;
        return NextVersion();
    }

    private void EnsureIn(string action, params ProjectStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("project.illegal-transition", $"Cannot {action} a project that is {Status}.");
        }
    }

    private void EnsureLead(CallerIdentity caller, string action)
    {
        if (caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-lead", $"Only the lead region {LeadRegionCode} can {action} the project.");
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("project.missing-" + field, $"The {field} is required.") : value.Trim();
}
