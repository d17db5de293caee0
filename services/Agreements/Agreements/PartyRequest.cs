namespace Corridor.Agreements.Agreements;

public sealed record PartyRequest(string? OrganId, string? OrganName, string? RegionCode)
{
    public PartyTerms ToTerms() => new(OrganId!, OrganName!.Trim(), RegionCode!);
}
