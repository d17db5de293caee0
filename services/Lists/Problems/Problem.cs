using Corridor.BuildingBlocks.Domain;
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
public sealed partial class Problem : AggregateRoot
{
    public const int MaxTitle = 300;
    public const int MaxExternalReference = 100;
    public const int MaxText = 4000;

    /// <summary>The refusal of an urging past the organ's daily limit (409 / FAILED_PRECONDITION).</summary>
    public const string UrgingLimitCode = "problem.urging-limit";

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
    public int DaysOverdue(DateOnly today) => DaysOverdue(DueDate, Status, today);

    /// <summary>The same count for a problem read as a projection rather than loaded whole.</summary>
    public static int DaysOverdue(DateOnly? dueDate, ProblemStatus status, DateOnly today) =>
        dueDate is { } due && Handling.Contains(status) && today > due ? today.DayNumber - due.DayNumber : 0;

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
    /// A match naming the problem is being proposed. Its version moves in the same transaction as the match, so a
    /// retraction that read the problem before the match existed fails its version check instead of deleting a problem
    /// a match now names, and a proposal that read the problem before it was retracted fails instead of naming it.
    /// </summary>
    internal void NoteMatchProposed(DateTime now)
    {
        UpdatedAt = now;
        NextVersion();
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
