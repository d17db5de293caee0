using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems.Supervision;

namespace Corridor.Lists.Problems;

/// <summary>
/// A problem (问题清单) raised by an organ of a region and supervised to closure (督办).
/// <para>
/// Who may act: the coordinators of the <see cref="HandlingRegionCode"/> (at first the raiser's region) or the
/// conference secretariat accept, reject, mark duplicate and transfer; the responsible organ starts, reports
/// progress (co-responsible organs may report too) and resolves; the raising organ confirms (closes) or reopens;
/// any member of the conference may urge (催办) while the problem is being handled.
/// </para>
/// <para>
/// Reopened behaves like Accepted: the same responsible organ and due date stay, it starts again
/// (→ InProgress), and a coordinator may re-accept it to change the responsible organ or the due date.
/// </para>
/// <para>
/// Transfer (移交) moves the problem to another region: the handling region becomes the target organ's region,
/// the responsible organ, co-responsible organs and due date are cleared, the status is Transferred, and the
/// named organ (or a coordinator of its region, or the secretariat) then accepts it, which sets a new due date.
/// The audit trail keeps the whole history. Rejected, Duplicate and Closed are final.
/// </para>
/// </summary>
public sealed class Problem : AggregateRoot
{
    public const int MaxTitle = 300;
    public const int MaxExternalReference = 100;
    public const int MaxText = 4000;

    private static readonly ProblemStatus[] Handling =
        [ProblemStatus.Open, ProblemStatus.Accepted, ProblemStatus.InProgress, ProblemStatus.Reopened, ProblemStatus.Transferred];

    private readonly List<CoResponsibleOrgan> _coResponsible = [];
    private readonly List<ProgressReport> _progress = [];
    private readonly List<Urging> _urgings = [];
    private readonly List<ProblemTransition> _history = [];

    private Problem()
    {
    }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public ProblemCategory Category { get; private set; }

    public ProblemSeverity Severity { get; private set; }

    public string RaisedByOrganId { get; private set; } = "";

    public string RaisedByRegionCode { get; private set; } = "";

    public string RaisedBy { get; private set; } = "";

    /// <summary>The enterprise the problem is raised for (GB 32100 code), if any.</summary>
    public string? EnterpriseCreditCode { get; private set; }

    /// <summary>The submitting region's own id for the problem; unique per raising region.</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>The region whose coordinators supervise the problem: the raiser's, until a transfer.</summary>
    public string HandlingRegionCode { get; private set; } = "";

    public ProblemStatus Status { get; private set; }

    public string? ResponsibleOrganId { get; private set; }

    public string? ResponsibleRegionCode { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>While Transferred: the organ of the receiving region named to take the problem.</summary>
    public string? TransferredToOrganId { get; private set; }

    public string? Resolution { get; private set; }

    public int? Satisfaction { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>Set on a tombstone: the problem that survives.</summary>
    public Guid? DuplicateOfId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    public IReadOnlyList<CoResponsibleOrgan> CoResponsibleOrgans => _coResponsible;

    public IReadOnlyList<ProgressReport> ProgressReports => _progress;

    public IReadOnlyList<Urging> Urgings => _urgings;

    public IReadOnlyList<ProblemTransition> History => _history;

    public bool IsBeingHandled => Handling.Contains(Status);

    /// <summary>Statuses in which a due date counts (everything but Resolved, Closed, Rejected and Duplicate).</summary>
    public static IReadOnlyList<ProblemStatus> HandlingStatuses => Handling;

    /// <summary>Whole days past the due date on <paramref name="today"/>; 0 when not overdue.</summary>
    public int DaysOverdue(DateOnly today) =>
        DueDate is { } due && IsBeingHandled && today > due ? today.DayNumber - due.DayNumber : 0;

    public bool IsOverdue(DateOnly today) => DaysOverdue(today) > 0;

    public static Problem Raise(
        CallerIdentity caller,
        string title,
        string description,
        ProblemCategory category,
        ProblemSeverity severity,
        string? enterpriseCreditCode,
        string? externalReference,
        DateTime now)
    {
        if (!CorridorRegions.IsMember(caller.Region))
        {
            throw new ForbiddenException("problem.not-a-member", "Only an organ of a corridor member region can raise a problem.");
        }

        if (enterpriseCreditCode is not null && !UnifiedSocialCreditCode.IsValid(enterpriseCreditCode))
        {
            throw new DomainRuleException("problem.enterprise-code", "The enterprise must be identified by a valid unified social credit code (GB 32100).");
        }

        var problem = new Problem
        {
            Title = Required(title, "title"),
            Description = description,
            Category = category,
            Severity = severity,
            RaisedByOrganId = caller.Organ,
            RaisedByRegionCode = caller.Region,
            RaisedBy = caller.Actor,
            EnterpriseCreditCode = enterpriseCreditCode,
            ExternalReference = string.IsNullOrWhiteSpace(externalReference) ? null : externalReference.Trim(),
            HandlingRegionCode = caller.Region,
            Status = ProblemStatus.Open,
            CreatedAt = now,
        };
        var version = problem.Record("raise", null, ProblemStatus.Open, caller, now, null);
        problem.Raise(new ProblemRaised(
            problem.Id, problem.RaisedByRegionCode, problem.HandlingRegionCode, problem.RaisedByOrganId, problem.Title,
            category.ToString(), severity.ToString(), enterpriseCreditCode, version, now));
        return problem;
    }

    /// <summary>
    /// The handling region takes the problem on (from Open, Transferred or Reopened): names the responsible
    /// organ of its own region, co-responsible organs of any member region, and a due date not in the past.
    /// </summary>
    public void Accept(
        CallerIdentity caller, string responsibleOrganId, string responsibleRegionCode, IReadOnlyCollection<CoResponsibleOrgan> coResponsible, DateOnly dueDate, DateTime now)
    {
        EnsureIn("accept", ProblemStatus.Open, ProblemStatus.Transferred, ProblemStatus.Reopened);
        var nominee = Status == ProblemStatus.Transferred && caller.Organ == TransferredToOrganId && caller.Region == HandlingRegionCode;
        if (!nominee)
        {
            EnsureSupervisor(caller, "accept");
        }
        else if (responsibleOrganId != caller.Organ)
        {
            throw new ForbiddenException("problem.not-a-supervisor", "The organ a problem was transferred to can accept it only as the responsible organ itself.");
        }

        if (responsibleRegionCode != HandlingRegionCode)
        {
            throw new DomainRuleException("problem.responsible-outside-region", $"The responsible organ must belong to the handling region {HandlingRegionCode}; transfer the problem to hand it to another region.");
        }

        if (!UnifiedSocialCreditCode.IsValid(responsibleOrganId) || coResponsible.Any(c => !UnifiedSocialCreditCode.IsValid(c.OrganId) || !CorridorRegions.IsMember(c.RegionCode)))
        {
            throw new DomainRuleException("problem.organ-code", "Organs must be identified by a valid unified social credit code of a member region.");
        }

        if (coResponsible.Any(c => c.OrganId == responsibleOrganId) || coResponsible.Select(c => c.OrganId).Distinct(StringComparer.Ordinal).Count() != coResponsible.Count)
        {
            throw new DomainRuleException("problem.duplicate-organ", "An organ can be named only once, either as responsible or as co-responsible.");
        }

        if (dueDate < DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("problem.due-date-past", "The due date cannot be in the past.");
        }

        var from = Status;
        ResponsibleOrganId = responsibleOrganId;
        ResponsibleRegionCode = responsibleRegionCode;
        _coResponsible.Clear();
        _coResponsible.AddRange(coResponsible);
        DueDate = dueDate;
        TransferredToOrganId = null;
        EscalatedAt = null;
        Status = ProblemStatus.Accepted;
        var version = Record("accept", from, Status, caller, now, null);
        Raise(new ProblemAccepted(Id, RaisedByRegionCode, HandlingRegionCode, responsibleOrganId, responsibleRegionCode, coResponsible.Select(c => c.OrganId).ToArray(), dueDate, version, now));
    }

    /// <summary>The responsible organ starts work (Accepted or Reopened → InProgress).</summary>
    public void Start(CallerIdentity caller, DateTime now)
    {
        EnsureIn("start", ProblemStatus.Accepted, ProblemStatus.Reopened);
        EnsureResponsible(caller, "start");
        var from = Status;
        Status = ProblemStatus.InProgress;
        var version = Record("start", from, Status, caller, now, null);
        Raise(new ProblemProgressReported(Id, RaisedByRegionCode, HandlingRegionCode, caller.Organ, Status.ToString(), null, version, now));
    }

    /// <summary>The responsible or a co-responsible organ reports progress while InProgress.</summary>
    public void ReportProgress(CallerIdentity caller, string text, string? supportNeeded, DateTime now)
    {
        EnsureIn("progress", ProblemStatus.InProgress);
        if (caller.Organ != ResponsibleOrganId && _coResponsible.All(c => c.OrganId != caller.Organ))
        {
            throw new ForbiddenException("problem.not-responsible", "Only the responsible or a co-responsible organ can report progress.");
        }

        _progress.Add(new ProgressReport(Required(text, "text"), string.IsNullOrWhiteSpace(supportNeeded) ? null : supportNeeded, caller.Organ, caller.Actor, now));
        var version = Record("progress", Status, Status, caller, now, text);
        Raise(new ProblemProgressReported(Id, RaisedByRegionCode, HandlingRegionCode, caller.Organ, Status.ToString(), supportNeeded, version, now));
    }

    public void Resolve(CallerIdentity caller, string resolution, DateTime now)
    {
        EnsureIn("resolve", ProblemStatus.InProgress);
        EnsureResponsible(caller, "resolve");
        Resolution = Required(resolution, "resolution");
        ResolvedAt = now;
        Status = ProblemStatus.Resolved;
        var version = Record("resolve", ProblemStatus.InProgress, Status, caller, now, resolution);
        Raise(new ProblemResolved(Id, RaisedByRegionCode, HandlingRegionCode, ResponsibleOrganId!, resolution, version, now));
    }

    /// <summary>The raising organ confirms the resolution: Resolved → Closed with a satisfaction of 1–5.</summary>
    public void Confirm(CallerIdentity caller, int satisfaction, DateTime now)
    {
        EnsureIn("confirm", ProblemStatus.Resolved);
        EnsureRaiser(caller, "confirm");
        if (satisfaction is < 1 or > 5)
        {
            throw new DomainRuleException("problem.satisfaction", "Satisfaction is rated from 1 to 5.");
        }

        Satisfaction = satisfaction;
        ClosedAt = now;
        Status = ProblemStatus.Closed;
        var version = Record("confirm", ProblemStatus.Resolved, Status, caller, now, $"satisfaction {satisfaction}");
        Raise(new ProblemClosed(Id, RaisedByRegionCode, HandlingRegionCode, satisfaction, version, now));
    }

    /// <summary>The raising organ does not accept the resolution: Resolved → Reopened (see the class summary).</summary>
    public void Reopen(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureIn("reopen", ProblemStatus.Resolved);
        EnsureRaiser(caller, "reopen");
        Required(reason, "reason");
        Resolution = null;
        ResolvedAt = null;
        Status = ProblemStatus.Reopened;
        var version = Record("reopen", ProblemStatus.Resolved, Status, caller, now, reason);
        Raise(new ProblemReopened(Id, RaisedByRegionCode, HandlingRegionCode, reason, version, now));
    }

    public void Reject(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureIn("reject", Handling);
        EnsureSupervisor(caller, "reject");
        RejectionReason = Required(reason, "reason");
        var from = Status;
        Status = ProblemStatus.Rejected;
        var version = Record("reject", from, Status, caller, now, reason);
        Raise(new ProblemRejected(Id, RaisedByRegionCode, HandlingRegionCode, reason, version, now));
    }

    /// <summary>Makes this problem a tombstone pointing at <paramref name="survivor"/>, which must be a live problem.</summary>
    public void MarkDuplicateOf(CallerIdentity caller, Problem survivor, DateTime now)
    {
        EnsureIn("duplicate", Handling);
        EnsureSupervisor(caller, "mark as duplicate");
        if (survivor.Id == Id)
        {
            throw new DomainRuleException("problem.duplicate-of-itself", "A problem cannot be a duplicate of itself.");
        }

        if (survivor.Status == ProblemStatus.Duplicate)
        {
            throw new DomainRuleException("problem.duplicate-of-tombstone", $"Problem {survivor.Id} is itself a duplicate of {survivor.DuplicateOfId}; point at the surviving problem.");
        }

        DuplicateOfId = survivor.Id;
        var from = Status;
        Status = ProblemStatus.Duplicate;
        var version = Record("duplicate", from, Status, caller, now, survivor.Id.ToString());
        Raise(new ProblemMarkedDuplicate(Id, RaisedByRegionCode, HandlingRegionCode, survivor.Id, version, now));
    }

    /// <summary>移交: hands the problem to an organ of another member region (see the class summary).</summary>
    public void Transfer(CallerIdentity caller, string toOrganId, string toRegionCode, string? reason, DateTime now)
    {
        EnsureIn("transfer", Handling);
        EnsureSupervisor(caller, "transfer");
        if (!CorridorRegions.IsMember(toRegionCode) || !UnifiedSocialCreditCode.IsValid(toOrganId))
        {
            throw new DomainRuleException("problem.organ-code", "Organs must be identified by a valid unified social credit code of a member region.");
        }

        if (toRegionCode == HandlingRegionCode)
        {
            throw new DomainRuleException("problem.transfer-same-region", "A transfer goes to another region; within the region, accept the problem again with another responsible organ.");
        }

        var from = Status;
        var fromRegion = HandlingRegionCode;
        HandlingRegionCode = toRegionCode;
        TransferredToOrganId = toOrganId;
        ResponsibleOrganId = null;
        ResponsibleRegionCode = null;
        _coResponsible.Clear();
        DueDate = null;
        EscalatedAt = null;
        Status = ProblemStatus.Transferred;
        var version = Record("transfer", from, Status, caller, now, reason);
        Raise(new ProblemTransferred(Id, RaisedByRegionCode, HandlingRegionCode, fromRegion, toOrganId, version, now));
    }

    /// <summary>催办: any member of the conference presses for a problem that is still being handled.</summary>
    public void Urge(CallerIdentity caller, string? note, DateTime now)
    {
        EnsureIn("urge", Handling);
        if (!CorridorRegions.IsMember(caller.Region))
        {
            throw new ForbiddenException("problem.not-a-member", "Only members of the conference can urge a problem.");
        }

        _urgings.Add(new Urging(caller.Actor, caller.Organ, caller.Region, now, note));
        var version = Record("urge", Status, Status, caller, now, note);
        Raise(new ProblemUrged(Id, RaisedByRegionCode, HandlingRegionCode, caller.Organ, caller.Region, version, now));
    }

    /// <summary>
    /// The raising region withdraws the problem before anyone acted on it: still Open with nothing but the raise
    /// on its trail (no urging), and <paramref name="referenced"/> false (no match proposed for it, no problem
    /// marked a duplicate of it). The caller then removes the aggregate; <see cref="ProblemRetracted"/> carries the
    /// version this gives it.
    /// </summary>
    public void Retract(CallerIdentity caller, bool referenced, DateTime now)
    {
        if (caller.Region != RaisedByRegionCode)
        {
            throw new ForbiddenException("problem.not-the-raising-region", $"Only region {RaisedByRegionCode}, which raised the problem, can retract it.");
        }

        if (Status != ProblemStatus.Open || _history.Count > 1 || referenced)
        {
            throw new DomainRuleException(
                "problem.not-retractable", $"The problem was already acted on ({Status}, {_history.Count} steps on its trail{(referenced ? ", referenced by a match or a duplicate" : "")}); it can no longer be retracted.");
        }

        UpdatedAt = now;
        Raise(new ProblemRetracted(Id, RaisedByRegionCode, HandlingRegionCode, ExternalReference, caller.Organ, NextVersion(), now));
    }

    /// <summary>
    /// Escalates an overdue problem to the coordinators, once per due date: a new acceptance or a transfer
    /// clears <see cref="EscalatedAt"/>.
    /// </summary>
    public void Escalate(int overdueDaysBeforeEscalation, DateTime now)
    {
        var daysOverdue = DaysOverdue(DateOnly.FromDateTime(now));
        if (daysOverdue == 0 || daysOverdue < overdueDaysBeforeEscalation)
        {
            throw new DomainRuleException("problem.not-overdue", $"The problem is not overdue by {Math.Max(1, overdueDaysBeforeEscalation)} days.");
        }

        if (EscalatedAt is not null)
        {
            throw new DomainRuleException("problem.already-escalated", "The problem was already escalated.");
        }

        EscalatedAt = now;
        var version = Record("escalate", Status, Status, new CallerIdentity("system", HandlingRegionCode, "", []), now, $"{daysOverdue} days overdue");
        Raise(new ProblemEscalated(Id, RaisedByRegionCode, HandlingRegionCode, ResponsibleOrganId, DueDate!.Value, daysOverdue, version, now));
    }

    private long Record(string action, ProblemStatus? from, ProblemStatus to, CallerIdentity caller, DateTime now, string? note)
    {
        _history.Add(new ProblemTransition(action, from, to, caller.Actor, caller.Organ, caller.Region, now, note));
        UpdatedAt = now;
        return NextVersion();
    }

    private void EnsureIn(string action, params ProblemStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("problem.illegal-transition", $"Cannot {action} a problem that is {Status}.");
        }
    }

    private void EnsureSupervisor(CallerIdentity caller, string action)
    {
        if (!caller.IsSecretariat && !(caller.IsCoordinator && caller.Region == HandlingRegionCode))
        {
            throw new ForbiddenException("problem.not-a-supervisor", $"Only a coordinator of region {HandlingRegionCode} or the secretariat can {action} this problem.");
        }
    }

    private void EnsureResponsible(CallerIdentity caller, string action)
    {
        if (caller.Organ != ResponsibleOrganId)
        {
            throw new ForbiddenException("problem.not-responsible", $"Only the responsible organ can {action} this problem.");
        }
    }

    private void EnsureRaiser(CallerIdentity caller, string action)
    {
        if (caller.Organ != RaisedByOrganId)
        {
            throw new ForbiddenException("problem.not-the-raiser", $"Only the organ that raised the problem can {action} it.");
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("problem.missing-" + field, $"The {field} is required.") : value;
}
