namespace Corridor.Agreements.Agreements;

public sealed record AgreementResponse(
    Guid Id,
    string Kind,
    string Title,
    string Status,
    DateOnly TermStart,
    DateOnly? TermEnd,
    IReadOnlyList<AgreementPartyResponse> Parties,
    DateTime CreatedAt,
    DateTime? ActivatedAt,
    long Version)
{
    public static AgreementResponse From(Agreement a) => new(
        a.Id,
        a.Kind.ToString(),
        a.Title,
        a.Status.ToString(),
        a.TermStart,
        a.TermEnd,
        a.Parties.Select(p => new AgreementPartyResponse(p.OrganId, p.OrganName, p.RegionCode, p.SignedAt, p.Signatory)).ToArray(),
        a.CreatedAt,
        a.ActivatedAt,
        a.Version);
}

public sealed record AgreementPartyResponse(string OrganId, string OrganName, string RegionCode, DateTime? SignedAt, string? Signatory);
