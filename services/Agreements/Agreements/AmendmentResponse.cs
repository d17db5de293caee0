using Corridor.BuildingBlocks.Directory;

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
    string? DeclineReason,
    string? ProposedByOrganName = null,
    IReadOnlyList<string?>? RequiredOrganNames = null,
    IReadOnlyList<string?>? MissingSignatureOrganNames = null)
{
    public IEnumerable<string> OrganIds() =>
        (Parties ?? []).Select(p => p.OrganId).Concat(RequiredOrganIds).Concat(Signatures.Select(s => s.OrganId)).Append(ProposedByOrganId);

    /// <summary>The view with the organs' current names; the name lists follow <see cref="RequiredOrganIds"/> and <see cref="MissingSignatures"/> item by item.</summary>
    public AmendmentResponse Named(OrganNames names) => this with
    {
        Parties = Parties?.Select(p => p.Named(names)).ToArray(),
        Signatures = Signatures.Select(s => s with { OrganName = names.Of(s.OrganId) }).ToArray(),
        ProposedByOrganName = names.Of(ProposedByOrganId),
        RequiredOrganNames = RequiredOrganIds.Select(names.Of).ToArray(),
        MissingSignatureOrganNames = MissingSignatures.Select(names.Of).ToArray(),
    };

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

public sealed record AmendmentSignatureResponse(string OrganId, string Signatory, DateTime SignedAt, string? OrganName = null);
