using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements;

public sealed record AgreementResponse(
    Guid Id,
    string Kind,
    string Title,
    string? Witness,
    string Status,
    DateOnly TermStart,
    DateOnly? TermEnd,
    DocumentResponse? Document,
    IReadOnlyList<AgreementPartyResponse> Parties,
    IReadOnlyList<AreaPlanResponse> Plans,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ProposedAt,
    DateTime? ActivatedAt,
    DateTime? SuspendedAt,
    string? SuspensionReason,
    DateTime? EndedAt,
    string? TerminationReason,
    DocumentResponse? TerminationDocument,
    AmendmentResponse? PendingAmendment,
    int Amendments,
    string? DraftingRegionCode,
    string? ExternalReference,
    long Version) : IVersionedView
{
    public static AgreementResponse From(Agreement a) => new(
        a.Id,
        a.Kind.ToString(),
        a.Title,
        a.Witness,
        a.Status.ToString(),
        a.TermStart,
        a.TermEnd,
        DocumentResponse.From(a.DocumentSha256, a.DocumentLocation),
        a.Parties.OrderBy(p => p.OrganId, StringComparer.Ordinal).Select(p => new AgreementPartyResponse(p.OrganId, p.OrganName, p.RegionCode, p.SignedAt, p.Signatory)).ToArray(),
        a.Plans.OrderBy(p => p.Year).ThenBy(p => p.Area).Select(p => new AreaPlanResponse(p.Year, p.Area.ToString(), p.Planned, p.Goal)).ToArray(),
        a.CreatedAt,
        a.UpdatedAt,
        a.ProposedAt,
        a.ActivatedAt,
        a.SuspendedAt,
        a.SuspensionReason,
        a.EndedAt,
        a.TerminationReason,
        DocumentResponse.From(a.TerminationDocumentSha256, a.TerminationDocumentLocation),
        a.PendingAmendment is { } pending ? AmendmentResponse.From(pending) : null,
        a.Amendments.Count,
        a.DraftingRegionCode,
        a.ExternalReference,
        a.Version);
}

public sealed record AgreementPartyResponse(string OrganId, string OrganName, string RegionCode, DateTime? SignedAt, string? Signatory);

public sealed record AreaPlanResponse(int Year, string Area, int Planned, string? Goal);

public sealed record DocumentResponse(string Sha256, string Location)
{
    public static DocumentResponse? From(string? sha256, string? location) =>
        sha256 is null || location is null ? null : new DocumentResponse(sha256, location);
}

public sealed record AgreementTransitionResponse(string Action, string? From, string To, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note)
{
    public static AgreementTransitionResponse Of(AgreementTransition h) => new(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note);
}
