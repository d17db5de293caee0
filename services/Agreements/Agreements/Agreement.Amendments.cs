using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Agreements.Agreements;

/// <summary>Numbered amendments: see the class summary in Agreement.cs.</summary>
public sealed partial class Agreement
{
    private readonly List<Amendment> _amendments = [];

    public IReadOnlyList<Amendment> Amendments => _amendments;

    public Amendment? PendingAmendment => _amendments.FirstOrDefault(a => a.Status == AmendmentStatus.PendingSignatures);

    /// <summary>A party proposes amendment N+1 to an agreement in force; one amendment is pending at a time.</summary>
    public Amendment ProposeAmendment(CallerIdentity by, string reason, AmendmentChanges changes, IEnumerable<Agreement> others, DateTime now)
    {
        RequireParty(by.Organ);
        EnsureIn("amend", InForceStatuses);
        Required(reason, "reason");
        if (PendingAmendment is { } pending)
        {
            throw new DomainRuleException("agreement.amendment-pending", $"Amendment {pending.Number} is still waiting for signatures; sign or decline it first.");
        }

        if (changes.IsEmpty)
        {
            throw new DomainRuleException("agreement.amendment-empty", "An amendment changes the parties, the term or the plan.");
        }

        var content = Amended(changes);
        Check(content);
        if (content.TermEnd is { } end && end < DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("agreement.term-over", $"The amended term would have ended on {end:yyyy-MM-dd}.");
        }

        EnsureNoPairingOverlap(content.Parties.Select(p => p.OrganId).ToArray(), content.TermStart, content.TermEnd, others);
        var required = PartyOrganIds.Union(content.Parties.Select(p => p.OrganId), StringComparer.Ordinal).ToArray();
        var amendment = new Amendment(_amendments.Count + 1, reason.Trim(), changes, required, by.Actor, by.Organ, now);
        _amendments.Add(amendment);
        Record("amend-propose", Status, by, now, $"amendment {amendment.Number}: {amendment.Reason}");
        return amendment;
    }

    /// <summary>
    /// An organ concerned signs the amendment for itself. The last signature applies the changes (AgreementAmended);
    /// added parties count as signed from then on, removed parties are gone.
    /// </summary>
    public void SignAmendment(CallerIdentity by, int number, string organId, string signatory, IEnumerable<Agreement> others, DateTime now)
    {
        if (organId != by.Organ)
        {
            throw new ForbiddenException("agreement.signing-for-another-party", "An organ signs only for itself, never on behalf of another party.");
        }

        var amendment = RequirePendingAmendment(number);
        if (!amendment.RequiredOrganIds.Contains(organId))
        {
            throw new ForbiddenException("agreement.not-a-party", "Only the parties and the organs the amendment adds sign it.");
        }

        EnsureAmendable(number, now);

        if (amendment.HasSigned(organId))
        {
            throw new DomainRuleException("agreement.already-signed", $"Organ {organId} has already signed amendment {number}.");
        }

        var last = amendment.MissingSignatures.Count == 1;
        var content = Amended(amendment.Changes);
        if (last)
        {
            EnsureNoPairingOverlap(content.Parties.Select(p => p.OrganId).ToArray(), content.TermStart, content.TermEnd, others);
        }

        amendment.Sign(organId, signatory, now);
        var version = Record("amend-sign", Status, by, now, $"amendment {number}: {signatory}");
        if (!last)
        {
            return;
        }

        var partiesChanged = amendment.Changes.Parties is not null;
        var termChanged = amendment.Changes.Term is not null;
        ApplyContent(content);
        foreach (var party in _parties.Where(p => !p.HasSigned))
        {
            party.Sign(amendment.Signatures.First(s => s.OrganId == party.OrganId).Signatory, amendment.SignedAtBy(party.OrganId)!.Value);
        }

        amendment.Adopt(now);
        // Same change, same version: the adoption is its own audit line next to the last signature.
        _history.Add(new AgreementTransition("amend", Status, Status, by, now, $"amendment {number} adopted: {amendment.Reason}"));
        Raise(new AgreementAmended(
            Id, number, PartyOrganIds, TermStart, TermEnd, partiesChanged, termChanged, amendment.Changes.Plans is not null, version, now));
    }

    /// <summary>An organ concerned refuses the amendment: nothing changes and a new amendment may be proposed.</summary>
    public void DeclineAmendment(CallerIdentity by, int number, string reason, DateTime now)
    {
        var amendment = RequirePendingAmendment(number);
        if (!amendment.RequiredOrganIds.Contains(by.Organ))
        {
            throw new ForbiddenException("agreement.not-a-party", "Only the parties and the organs the amendment adds can decline it.");
        }

        amendment.Decline(Required(reason, "reason"), now);
        Record("amend-decline", Status, by, now, $"amendment {number}: {reason}");
    }

    /// <summary>
    /// An amendment is signed, and adopted by its last signature, only while the agreement is in force: not once it was
    /// terminated or expired, nor after its term ended (the day after <see cref="TermEnd"/>, UTC) though the job has yet to
    /// expire it. The signature is saved against the agreement's version, so a termination saved meanwhile fails it too.
    /// </summary>
    private void EnsureAmendable(int number, DateTime now)
    {
        if (!InForceStatuses.Contains(Status))
        {
            throw new DomainRuleException("agreement.not-in-force", $"The agreement is {Status}; amendment {number} can no longer be signed or adopted.");
        }

        if (TermEnd is { } end && end < DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("agreement.term-over", $"The agreement's term ended on {end:yyyy-MM-dd}; amendment {number} can no longer be signed or adopted.");
        }
    }

    private Amendment RequirePendingAmendment(int number)
    {
        var amendment = _amendments.FirstOrDefault(a => a.Number == number)
            ?? throw new NotFoundException("Amendment", $"{Id}/{number}");
        return amendment.Status == AmendmentStatus.PendingSignatures
            ? amendment
            : throw new DomainRuleException("agreement.amendment-not-pending", $"Amendment {number} is {amendment.Status}.");
    }

    private AgreementContent Amended(AmendmentChanges changes) => new(
        Kind,
        Title,
        Witness,
        changes.Term?.Start ?? TermStart,
        changes.Term is { } term ? term.End : TermEnd,
        DocumentSha256 is null || DocumentLocation is null ? null : new DocumentReference(DocumentSha256, DocumentLocation),
        changes.Parties ?? _parties.Select(p => new PartyTerms(p.OrganId, p.OrganName, p.RegionCode)).ToArray(),
        changes.Plans ?? _plans.ToArray());
}
