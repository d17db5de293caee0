using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Agreements.Agreements;

/// <summary>The agreement in force: activation on the effective date, suspension, termination, expiry and renewal warnings.</summary>
public sealed partial class Agreement
{
    /// <summary>The lifecycle job: a Signed agreement comes into force on its effective date.</summary>
    public void ActivateOnEffectiveDate(DateTime now)
    {
        EnsureIn("activate", AgreementStatus.Signed);
        if (DateOnly.FromDateTime(now) < TermStart)
        {
            throw new DomainRuleException("agreement.not-yet-effective", $"The agreement takes effect on {TermStart:yyyy-MM-dd}.");
        }

        ActivatedAt = now;
        var version = Move(AgreementStatus.Active, "activate", System(), now, $"effective {TermStart:yyyy-MM-dd}");
        Raise(new AgreementActivated(Id, Kind.ToString(), Title, PartyOrganIds, version, now));
    }

    public void Suspend(CallerIdentity by, string reason, DateTime now)
    {
        EnsurePartyOrSecretariat(by, "suspend");
        EnsureIn("suspend", AgreementStatus.Active);
        SuspendedAt = now;
        SuspensionReason = Required(reason, "reason");
        var version = Move(AgreementStatus.Suspended, "suspend", by, now, reason);
        Raise(new AgreementSuspended(Id, reason, version, now));
    }

    public void Resume(CallerIdentity by, string? note, DateTime now)
    {
        EnsurePartyOrSecretariat(by, "resume");
        EnsureIn("resume", AgreementStatus.Suspended);
        if (TermEnd is { } end && end < DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("agreement.term-over", $"The term ended on {end:yyyy-MM-dd}; the agreement expires instead of resuming.");
        }

        SuspendedAt = null;
        SuspensionReason = null;
        var version = Move(AgreementStatus.Active, "resume", by, now, note);
        Raise(new AgreementResumed(Id, version, now));
    }

    /// <summary>Ends an agreement before its term: the reason and the terminating document are required.</summary>
    public void Terminate(CallerIdentity by, string reason, DocumentReference document, DateTime now)
    {
        EnsurePartyOrSecretariat(by, "terminate");
        EnsureIn("terminate", InForceStatuses);
        CheckDocument(document);
        TerminationReason = Required(reason, "reason");
        TerminationDocumentSha256 = document.Sha256;
        TerminationDocumentLocation = document.Location;
        EndedAt = now;
        var version = Move(AgreementStatus.Terminated, "terminate", by, now, reason);
        Raise(new AgreementTerminated(Id, reason, document.Location, version, now));
    }

    /// <summary>The lifecycle job: an agreement in force whose term has ended expires.</summary>
    public void Expire(DateTime now)
    {
        EnsureIn("expire", InForceStatuses);
        if (TermEnd is not { } end || end >= DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("agreement.term-not-over", "The agreement's term has not ended.");
        }

        EndedAt = now;
        var version = Move(AgreementStatus.Expired, "expire", System(), now, $"term ended {end:yyyy-MM-dd}");
        Raise(new AgreementExpired(Id, end, version, now));
    }

    /// <summary>Whether a renewal warning is due: in force, ending within <paramref name="windowDays"/> and not yet warned for this term end.</summary>
    public bool IsRenewalDue(int windowDays, DateOnly today) =>
        IsInForce && TermEnd is { } end && end >= today && end.DayNumber - today.DayNumber <= windowDays && RenewalDueFor != end;

    /// <summary>The renewal job: warns the parties once per term end (a changed term end warns again).</summary>
    public void WarnRenewalDue(int windowDays, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        if (!IsRenewalDue(windowDays, today))
        {
            throw new DomainRuleException("agreement.renewal-not-due", "No renewal warning is due for this agreement.");
        }

        var end = TermEnd!.Value;
        RenewalDueFor = end;
        var daysLeft = end.DayNumber - today.DayNumber;
        var version = Move(Status, "renewal-due", System(), now, $"{daysLeft} days left");
        Raise(new RenewalDue(Id, Kind.ToString(), Title, PartyOrganIds, end, daysLeft, version, now));
    }
}
