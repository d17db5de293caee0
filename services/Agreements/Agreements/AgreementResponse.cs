using Corridor.BuildingBlocks.Directory;
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
    /// <summary>Every organ the view names, for one batch lookup of their names.</summary>
    public IEnumerable<string> OrganIds() => Parties.Select(p => p.OrganId).Concat(PendingAmendment?.OrganIds() ?? []);

    /// <summary>The view with the organs' current names.</summary>
    public AgreementResponse Named(OrganNames names) => this with
    {
        Parties = Parties.Select(p => p.Named(names)).ToArray(),
        PendingAmendment = PendingAmendment?.Named(names),
    };

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
