using Corridor.BuildingBlocks.Directory;

namespace Corridor.Agreements.Agreements;

/// <summary>A party as shown: <see cref="OrganName"/> is the organ's current name in the directory (the stored one if the directory has none).</summary>
public sealed record AgreementPartyResponse(string OrganId, string OrganName, string RegionCode, DateTime? SignedAt, string? Signatory)
{
    public AgreementPartyResponse Named(OrganNames names) => this with { OrganName = names.Of(OrganId) ?? OrganName };
}
