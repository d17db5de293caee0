namespace Corridor.Agreements.Agreements;

/// <summary>An organ bound by an agreement, and its signature once given.</summary>
public sealed class AgreementParty
{
    private AgreementParty()
    {
    }

    public AgreementParty(string organId, string organName, string regionCode)
    {
        OrganId = organId;
        OrganName = organName;
        RegionCode = regionCode;
    }

    public string OrganId { get; private set; } = "";

    public string OrganName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public DateTime? SignedAt { get; private set; }

    public string? Signatory { get; private set; }

    public bool HasSigned => SignedAt is not null;

    internal void Sign(string signatory, DateTime at)
    {
        Signatory = signatory;
        SignedAt = at;
    }

    internal void Rename(string organName, string regionCode)
    {
        OrganName = organName;
        RegionCode = regionCode;
    }
}
