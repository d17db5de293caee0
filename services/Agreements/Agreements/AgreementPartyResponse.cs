namespace Corridor.Agreements.Agreements;

public sealed record AgreementPartyResponse(string OrganId, string OrganName, string RegionCode, DateTime? SignedAt, string? Signatory);
