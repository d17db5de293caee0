using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// An agreement between two or more organs. Draft → PendingSignatures → Active once every party has
/// signed for itself.
/// </summary>
public sealed class Agreement : AggregateRoot
{
    private readonly List<AgreementParty> _parties = [];

    private Agreement()
    {
    }

    public AgreementKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public AgreementStatus Status { get; private set; }

    public DateOnly TermStart { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ActivatedAt { get; private set; }

    public IReadOnlyList<AgreementParty> Parties => _parties;

    public static Agreement Draft(
        AgreementKind kind, string title, IReadOnlyCollection<AgreementParty> parties, DateOnly termStart, DateOnly? termEnd, DateTime now)
    {
        if (parties.Count < 2)
        {
            throw new DomainRuleException("agreement.too-few-parties", "An agreement needs at least two parties.");
        }

        if (parties.Select(p => p.OrganId).Distinct(StringComparer.Ordinal).Count() != parties.Count)
        {
            throw new DomainRuleException("agreement.duplicate-party", "An organ can be a party only once.");
        }

        if (termEnd is { } end && end < termStart)
        {
            throw new DomainRuleException("agreement.term", "The term cannot end before it starts.");
        }

        var agreement = new Agreement
        {
            Kind = kind,
            Title = title,
            Status = AgreementStatus.Draft,
            TermStart = termStart,
            TermEnd = termEnd,
            CreatedAt = now,
        };
        agreement._parties.AddRange(parties);
        agreement.NextVersion();
        return agreement;
    }

    public bool IsParty(string organId) => _parties.Any(p => p.OrganId == organId);

    /// <summary>Sends the draft out for signatures; only a party may do so.</summary>
    public void Propose(string byOrganId)
    {
        RequireParty(byOrganId);
        if (Status != AgreementStatus.Draft)
        {
            throw new DomainRuleException("agreement.not-draft", $"Only a draft can be proposed for signature; this agreement is {Status}.");
        }

        Status = AgreementStatus.PendingSignatures;
        NextVersion();
    }

    /// <summary>A party signs for itself; the last signature activates the agreement.</summary>
    public void Sign(string organId, string signatory, DateTime now)
    {
        var party = RequireParty(organId);
        if (Status != AgreementStatus.PendingSignatures)
        {
            throw new DomainRuleException("agreement.not-pending-signatures", $"Signatures are collected only while the agreement is PendingSignatures; it is {Status}.");
        }

        if (party.HasSigned)
        {
            throw new DomainRuleException("agreement.already-signed", $"{party.OrganName} has already signed.");
        }

        party.Sign(signatory, now);
        var version = NextVersion();
        if (_parties.All(p => p.HasSigned))
        {
            Status = AgreementStatus.Active;
            ActivatedAt = now;
            Raise(new AgreementActivated(Id, Kind.ToString(), Title, _parties.Select(p => p.OrganId).ToArray(), version, now));
        }
    }

    /// <summary>The organs in <paramref name="organIds"/> that this agreement does not bind.</summary>
    public IReadOnlyList<string> MissingParties(IEnumerable<string> organIds) =>
        organIds.Where(id => !IsParty(id)).Distinct(StringComparer.Ordinal).ToArray();

    private AgreementParty RequireParty(string organId) =>
        _parties.FirstOrDefault(p => p.OrganId == organId)
        ?? throw new ForbiddenException("agreement.not-a-party", "Only a party to the agreement can do this.");
}
