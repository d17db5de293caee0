using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems.Supervision;

namespace Corridor.Lists.Problems;

/// <summary>Supervision decisions on a problem being handled: reject, mark duplicate, transfer, urge, and the overdue escalation.</summary>
public sealed partial class Problem
{
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
        if (!RegionCodes.IsWellFormed(toRegionCode) || !UnifiedSocialCreditCode.IsValid(toOrganId))
        {
            throw new DomainRuleException("problem.organ-code", "Organs must be identified by a valid unified social credit code and a GB/T 2260 region.");
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

    /// <summary>
    /// 催办: any member of the conference presses for a problem that is still being handled, at most
    /// <paramref name="maxPerOrganPerDay"/> times per organ and (UTC) day.
    /// </summary>
    public void Urge(CallerIdentity caller, string? note, DateTime now, int maxPerOrganPerDay)
    {
        EnsureIn("urge", Handling);
        var today = now.Date;
        if (_urgings.Count(u => u.ByOrganId == caller.Organ && u.At >= today && u.At < today.AddDays(1)) >= maxPerOrganPerDay)
        {
            throw new DomainRuleException(
                UrgingLimitCode, $"Your organ has already urged this problem {maxPerOrganPerDay} times today; urge again tomorrow.");
        }

        _urgings.Add(new Urging(caller.Actor, caller.Organ, caller.Region, now, note));
        var version = Record("urge", Status, Status, caller, now, note);
        Raise(new ProblemUrged(Id, RaisedByRegionCode, HandlingRegionCode, caller.Organ, caller.Region, version, now));
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
}
