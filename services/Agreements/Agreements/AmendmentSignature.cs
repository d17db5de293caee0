namespace Corridor.Agreements.Agreements;

/// <summary>One organ's signature under one amendment.</summary>
public sealed class AmendmentSignature
{
    private AmendmentSignature()
    {
    }

    public AmendmentSignature(string organId, string signatory, DateTime signedAt)
    {
        OrganId = organId;
        Signatory = signatory;
        SignedAt = signedAt;
    }

    public string OrganId { get; private set; } = "";

    public string Signatory { get; private set; } = "";

    public DateTime SignedAt { get; private set; }
}
