using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Agreements.Agreements;

/// <summary>Proposing the draft and collecting the parties' signatures: see the class summary in Agreement.cs.</summary>
public sealed partial class Agreement
{
    /// <summary>Sends the draft out for signatures; only a party may do so.</summary>
    public void Propose(CallerIdentity by, IEnumerable<Agreement> others, DateTime now)
    {
        RequireParty(by.Organ);
        if (Status != AgreementStatus.Draft)
        {
            throw new DomainRuleException("agreement.not-draft", $"Only a draft can be proposed for signature; this agreement is {Status}.");
        }

        EnsureNoPairingOverlap(PartyOrganIds, TermStart, TermEnd, others);
        ProposedAt = now;
        var version = Move(AgreementStatus.PendingSignatures, "propose", by, now, null);
        Raise(new AgreementProposed(Id, Kind.ToString(), Title, PartyOrganIds, TermStart, TermEnd, by.Organ, version, now));
    }

    /// <summary>
    /// A party signs for itself: <paramref name="organId"/> must be the caller's own organ. The last signature makes
    /// the agreement Active (or Signed, when the term has not started yet).
    /// </summary>
    public void Sign(CallerIdentity by, string organId, string signatory, IEnumerable<Agreement> others, DateTime now)
    {
        if (organId != by.Organ)
        {
            throw new ForbiddenException("agreement.signing-for-another-party", "An organ signs only for itself, never on behalf of another party.");
        }

        var party = RequireParty(organId);
        if (Status != AgreementStatus.PendingSignatures)
        {
            throw new DomainRuleException("agreement.not-pending-signatures", $"Signatures are collected only while the agreement is PendingSignatures; it is {Status}.");
        }

        if (party.HasSigned)
        {
            throw new DomainRuleException("agreement.already-signed", $"{party.OrganName} has already signed.");
        }

        var today = DateOnly.FromDateTime(now);
        if (TermEnd is { } end && end < today)
        {
            throw new DomainRuleException("agreement.term-over", $"The term ended on {end:yyyy-MM-dd}; amend the draft's term before signing.");
        }

        var allSigned = _parties.All(p => p.HasSigned || p == party);
        if (allSigned)
        {
            EnsureNoPairingOverlap(PartyOrganIds, TermStart, TermEnd, others);
        }

        party.Sign(signatory, now);
        var to = !allSigned ? Status : today >= TermStart ? AgreementStatus.Active : AgreementStatus.Signed;
        var version = Move(to, "sign", by, now, signatory);
        Raise(new AgreementSigned(Id, organId, signatory, allSigned, version, now));
        if (to == AgreementStatus.Active)
        {
            ActivatedAt = now;
            Raise(new AgreementActivated(Id, Kind.ToString(), Title, PartyOrganIds, version, now));
        }
    }

    private void EnsureNoPairingOverlap(IReadOnlyCollection<string> organIds, DateOnly termStart, DateOnly? termEnd, IEnumerable<Agreement> others)
    {
        if (PairingOverlap.FindConflict(Id, Kind, organIds, termStart, termEnd, others) is { } conflict)
        {
            throw new DomainRuleException(
                "agreement.pairing-overlap",
                $"Pairing agreement {conflict.Id} ('{conflict.Title}', {conflict.Status}) already pairs these organs for an overlapping term " +
                $"({conflict.TermStart:yyyy-MM-dd}–{conflict.TermEnd?.ToString("yyyy-MM-dd") ?? "open"}).");
        }
    }
}
