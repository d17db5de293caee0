namespace Corridor.Agreements.Agreements;

public sealed record AmendmentResponse(
    int Number,
    string Status,
    string Reason,
    IReadOnlyList<AgreementPartyResponse>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    bool TermChanged,
    IReadOnlyList<AreaPlanResponse>? Plans,
    IReadOnlyList<string> RequiredOrganIds,
    IReadOnlyList<AmendmentSignatureResponse> Signatures,
    IReadOnlyList<string> MissingSignatures,
    string ProposedByOrganId,
    DateTime ProposedAt,
    DateTime? DecidedAt,
    string? DeclineReason)
{
    public static AmendmentResponse From(Amendment a) => new(
        a.Number,
        a.Status.ToString(),
        a.Reason,
        a.Changes.Parties?.Select(p => new AgreementPartyResponse(p.OrganId, p.OrganName, p.RegionCode, null, null)).ToArray(),
        a.Changes.Term?.Start,
        a.Changes.Term?.End,
        a.Changes.Term is not null,
        a.Changes.Plans?.Select(p => new AreaPlanResponse(p.Year, p.Area.ToString(), p.Planned, p.Goal)).ToArray(),
        a.RequiredOrganIds,
        a.Signatures.OrderBy(s => s.SignedAt).ThenBy(s => s.OrganId, StringComparer.Ordinal).Select(s => new AmendmentSignatureResponse(s.OrganId, s.Signatory, s.SignedAt)).ToArray(),
        a.MissingSignatures,
        a.ProposedByOrganId,
        a.ProposedAt,
        a.DecidedAt,
        a.DeclineReason);
}

public sealed record AmendmentSignatureResponse(string OrganId, string Signatory, DateTime SignedAt);
