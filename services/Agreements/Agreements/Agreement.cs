using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

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

    public bool IsParty(string organId) => _parties.Any(p => p.OrganId == organId);

    /// <summary>The organs in <paramref name="organIds"/> that this agreement does not bind.</summary>
    public IReadOnlyList<string> MissingParties(IEnumerable<string> organIds) =>
        organIds.Where(id => !IsParty(id)).Distinct(StringComparer.Ordinal).ToArray();

    public AreaPlan? PlanFor(int year, CooperationArea area) => _plans.FirstOrDefault(p => p.Year == year && p.Area == area);

    private static void Check(AgreementContent content)
    {
        Required(content.Title, "title");
        if (content.Parties.Count < 2)
        {
            throw new DomainRuleException("agreement.too-few-parties", "An agreement needs at least two parties.");
        }

        if (content.Parties.Select(p => p.OrganId).Distinct(StringComparer.Ordinal).Count() != content.Parties.Count)
        {
            throw new DomainRuleException("agreement.duplicate-party", "An organ can be a party only once.");
        }

        if (content.Parties.FirstOrDefault(p => !UnifiedSocialCreditCode.IsValid(p.OrganId) || !CorridorRegions.IsMember(p.RegionCode)) is { } bad)
        {
            throw new DomainRuleException("agreement.party-identity", $"Party {bad.OrganId} must be a valid unified social credit code of an organ of a member region.");
        }

        CheckTerm(content.TermStart, content.TermEnd);
        CheckPlans(content.Plans, content.TermStart, content.TermEnd);
        if (content.Document is { } document)
        {
            CheckDocument(document);
        }
    }

    private static void CheckTerm(DateOnly start, DateOnly? end)
    {
        if (end is { } last && last < start)
        {
            throw new DomainRuleException("agreement.term", "The term cannot end before it starts.");
        }
    }

    private static void CheckPlans(IReadOnlyList<AreaPlan> plans, DateOnly start, DateOnly? end)
    {
        if (plans.GroupBy(p => (p.Year, p.Area)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("agreement.plan-duplicate", $"The plan names {twice.Key.Area} for {twice.Key.Year} more than once.");
        }

        if (plans.FirstOrDefault(p => p.Year < start.Year || (end is { } last && p.Year > last.Year)) is { } outside)
        {
            throw new DomainRuleException("agreement.plan-outside-term", $"The plan for {outside.Year} lies outside the term.");
        }

        if (plans.FirstOrDefault(p => p.Planned < 0) is { } negative)
        {
            throw new DomainRuleException("agreement.plan-negative", $"The plan for {negative.Area} in {negative.Year} cannot be negative.");
        }
    }

    private static void CheckDocument(DocumentReference document)
    {
        if (!DocumentReference.IsSha256(document.Sha256) || string.IsNullOrWhiteSpace(document.Location))
        {
            throw new DomainRuleException("agreement.document", "A document reference needs the file's SHA-256 (64 lowercase hex digits) and its location.");
        }
    }

    private void ApplyContent(AgreementContent content)
    {
        Kind = content.Kind;
        Title = content.Title.Trim();
        Witness = string.IsNullOrWhiteSpace(content.Witness) ? null : content.Witness.Trim();
        TermStart = content.TermStart;
        TermEnd = content.TermEnd;
        DocumentSha256 = content.Document?.Sha256;
        DocumentLocation = content.Document?.Location;
        ReplaceParties(content.Parties);
        _plans.Clear();
        _plans.AddRange(content.Plans.OrderBy(p => p.Year).ThenBy(p => p.Area));
    }

    /// <summary>Keeps the parties (and their signatures) that stay, drops the others and adds the new ones unsigned.</summary>
    private void ReplaceParties(IReadOnlyList<PartyTerms> parties)
    {
        _parties.RemoveAll(p => parties.All(n => n.OrganId != p.OrganId));
        foreach (var terms in parties)
        {
            if (_parties.FirstOrDefault(p => p.OrganId == terms.OrganId) is { } kept)
            {
                kept.Rename(terms.OrganName, terms.RegionCode);
            }
            else
            {
                _parties.Add(new AgreementParty(terms.OrganId, terms.OrganName, terms.RegionCode));
            }
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

    private long Move(AgreementStatus to, string action, CallerIdentity by, DateTime now, string? note)
    {
        var from = Status;
        Status = to;
        return Record(action, from, by, now, note);
    }

    private long Record(string action, AgreementStatus? from, CallerIdentity by, DateTime now, string? note)
    {
        _history.Add(new AgreementTransition(action, from, Status, by.Actor, by.Organ, by.Region, now, note));
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
