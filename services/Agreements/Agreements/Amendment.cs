namespace Corridor.Agreements.Agreements;

/// <summary>
/// A numbered amendment (第N号修订) to an agreement in force. It must be signed by every organ concerned: the
/// current parties and any party it adds (a removed party consents to leaving).
/// </summary>
public sealed class Amendment
{
    private readonly List<AmendmentSignature> _signatures = [];

    private Amendment()
    {
    }

    internal Amendment(int number, string reason, AmendmentChanges changes, IReadOnlyList<string> requiredOrganIds, string proposedBy, string proposedByOrganId, DateTime proposedAt)
    {
        Number = number;
        Reason = reason;
        Changes = changes;
        RequiredOrganIds = requiredOrganIds;
        ProposedBy = proposedBy;
        ProposedByOrganId = proposedByOrganId;
        ProposedAt = proposedAt;
        Status = AmendmentStatus.PendingSignatures;
    }

    public int Number { get; private set; }

    public string Reason { get; private set; } = "";

    public AmendmentChanges Changes { get; private set; } = new(null, null, null);

    /// <summary>The organs whose signatures the amendment needs.</summary>
    public IReadOnlyList<string> RequiredOrganIds { get; private set; } = [];

    public AmendmentStatus Status { get; private set; }

    public string ProposedBy { get; private set; } = "";

    public string ProposedByOrganId { get; private set; } = "";

    public DateTime ProposedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public IReadOnlyList<AmendmentSignature> Signatures => _signatures;

    public IReadOnlyList<string> MissingSignatures => RequiredOrganIds.Where(id => _signatures.All(s => s.OrganId != id)).ToArray();

    public DateTime? SignedAtBy(string organId) => _signatures.FirstOrDefault(s => s.OrganId == organId)?.SignedAt;

    internal bool HasSigned(string organId) => _signatures.Any(s => s.OrganId == organId);

    internal void Sign(string organId, string signatory, DateTime at) => _signatures.Add(new AmendmentSignature(organId, signatory, at));

    internal void Adopt(DateTime at)
    {
        Status = AmendmentStatus.Adopted;
        DecidedAt = at;
    }

    internal void Decline(string reason, DateTime at)
    {
        Status = AmendmentStatus.Declined;
        DeclineReason = reason;
        DecidedAt = at;
    }
}
