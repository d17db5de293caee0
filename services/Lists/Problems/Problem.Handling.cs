using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems.Supervision;

namespace Corridor.Lists.Problems;

/// <summary>Handling by the named organs: acceptance by the handling region, work by the responsible organ, the raiser's verdict.</summary>
public sealed partial class Problem
{
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

        if (!UnifiedSocialCreditCode.IsValid(responsibleOrganId) || coResponsible.Any(c => !UnifiedSocialCreditCode.IsValid(c.OrganId) || !RegionCodes.IsWellFormed(c.RegionCode)))
        {
            throw new DomainRuleException("problem.organ-code", "Organs must be identified by a valid unified social credit code and a GB/T 2260 region.");
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
}
