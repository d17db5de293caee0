using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// An agreement between two or more organs (结对共建协议, 协作方案, …) with a yearly plan per cooperation area.
/// <para>
/// Draft (parties revise it) → PendingSignatures (each party signs for itself, never for another) → Active
/// once every party has signed and the term has started, or Signed until then (the lifecycle job activates it on
/// the effective date) → Suspended ⇄ Active → Expired (the job, the day after the term end) or Terminated
/// (a party or the secretariat, with the reason and the terminating document).
/// </para>
/// <para>
/// Numbered amendments change the parties, the term or the plan of an agreement in force; the agreement stays in
/// force under its current terms until every organ concerned (the current parties and any added party) has signed
/// the amendment, and only then are its changes applied.
/// </para>
/// </summary>
public sealed partial class Agreement : AggregateRoot
{
    public const int MaxTitle = 300;
    public const int MaxText = 2000;
    public const int MaxName = 200;
    public const int MaxExternalReference = 100;

    private static readonly AgreementStatus[] InForceStatuses = [AgreementStatus.Signed, AgreementStatus.Active, AgreementStatus.Suspended];

    private readonly List<AgreementParty> _parties = [];
    private readonly List<AreaPlan> _plans = [];
    private readonly List<AgreementTransition> _history = [];

    private Agreement()
    {
    }

    public AgreementKind Kind { get; private set; }

    /// <summary>The region of the organ that drafted it: the region whose external reference names it (null for drafts made before it was recorded).</summary>
    public string? DraftingRegionCode { get; private set; }

    /// <summary>The drafting region's own identifier for the agreement, unique within that region; set by an upsert by reference.</summary>
    public string? ExternalReference { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Who witnessed the signing (e.g. both regions' principal party and government leaders), if anyone.</summary>
    public string? Witness { get; private set; }

    public AgreementStatus Status { get; private set; }

    public DateOnly TermStart { get; private set; }

    /// <summary>The last day in force; none for open-ended working rules and initiatives.</summary>
    public DateOnly? TermEnd { get; private set; }

    public string? DocumentSha256 { get; private set; }

    public string? DocumentLocation { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ProposedAt { get; private set; }

    public DateTime? ActivatedAt { get; private set; }

    public DateTime? SuspendedAt { get; private set; }

    public string? SuspensionReason { get; private set; }

    /// <summary>When the agreement expired or was terminated.</summary>
    public DateTime? EndedAt { get; private set; }

    public string? TerminationReason { get; private set; }

    public string? TerminationDocumentSha256 { get; private set; }

    public string? TerminationDocumentLocation { get; private set; }

    /// <summary>The term end a RenewalDue was sent for: once per agreement and term end, even with several job replicas.</summary>
    public DateOnly? RenewalDueFor { get; private set; }

    public IReadOnlyList<AgreementParty> Parties => _parties;

    public IReadOnlyList<AreaPlan> Plans => _plans;

    public IReadOnlyList<AgreementTransition> History => _history;

    public bool IsInForce => InForceStatuses.Contains(Status);

    public static IReadOnlyList<AgreementStatus> InForce => InForceStatuses;

    public IReadOnlyList<string> PartyOrganIds => _parties.Select(p => p.OrganId).ToArray();

    /// <summary>What the agreement says now, in the terms a draft or a revision is written in.</summary>
    public AgreementContent Content => new(
        Kind,
        Title,
        Witness,
        TermStart,
        TermEnd,
        DocumentSha256 is not null && DocumentLocation is not null ? new DocumentReference(DocumentSha256, DocumentLocation) : null,
        _parties.Select(p => new PartyTerms(p.OrganId, p.OrganName, p.RegionCode)).ToArray(),
        _plans.ToArray());

    public static Agreement Draft(CallerIdentity by, AgreementContent content, DateTime now, string? externalReference = null)
    {
        Check(content);
        if (!by.IsSecretariat && content.Parties.All(p => p.OrganId != by.Organ))
        {
            throw new ForbiddenException("agreement.creator-not-a-party", "You can draft an agreement only when your organ is one of its parties.");
        }

        var agreement = new Agreement { Status = AgreementStatus.Draft, CreatedAt = now, DraftingRegionCode = by.Region, ExternalReference = externalReference };
        agreement.ApplyContent(content);
        agreement.Record("draft", null, by, now, null);
        return agreement;
    }

    /// <summary>A party rewrites the draft (title, witness, term, document, parties, plan); it must stay a party itself.</summary>
    public void Revise(CallerIdentity by, AgreementContent content, DateTime now)
    {
        RequireParty(by.Organ);
        EnsureIn("revise", AgreementStatus.Draft);
        Check(content);
        if (content.Parties.All(p => p.OrganId != by.Organ))
        {
            throw new DomainRuleException("agreement.reviser-removed", "A party cannot remove itself from a draft; another party can.");
        }

        ApplyContent(content);
        Record("revise", Status, by, now, null);
    }

    public bool IsParty(string organId) => _parties.Any(p => p.OrganId == organId);

    /// <summary>The organs in <paramref name="organIds"/> that this agreement does not bind.</summary>
    public IReadOnlyList<string> MissingParties(IEnumerable<string> organIds) =>
        organIds.Where(id => !IsParty(id)).Distinct(StringComparer.Ordinal).ToArray();

    public AreaPlan? PlanFor(int year, CooperationArea area) => _plans.FirstOrDefault(p => p.Year == year && p.Area == area);

    private long Move(AgreementStatus to, string action, CallerIdentity by, DateTime now, string? note)
    {
        var from = Status;
        Status = to;
        return Record(action, from, by, now, note);
    }

    private long Record(string action, AgreementStatus? from, CallerIdentity by, DateTime now, string? note)
    {
        _history.Add(new AgreementTransition(action, from, Status, by, now, note));
        UpdatedAt = now;
        return NextVersion();
    }

    private void EnsureIn(string action, params AgreementStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("agreement.illegal-transition", $"Cannot {action} an agreement that is {Status}.");
        }
    }

    private void EnsurePartyOrSecretariat(CallerIdentity by, string action)
    {
        if (!by.IsSecretariat && !IsParty(by.Organ))
        {
            throw new ForbiddenException("agreement.not-a-party", $"Only a party to the agreement or the secretariat can {action} it.");
        }
    }

    private AgreementParty RequireParty(string organId) =>
        _parties.FirstOrDefault(p => p.OrganId == organId)
        ?? throw new ForbiddenException("agreement.not-a-party", "Only a party to the agreement can do this.");

    private static CallerIdentity System() => new("system", "", "", []);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("agreement.missing-" + field, $"The {field} is required.") : value;
}
