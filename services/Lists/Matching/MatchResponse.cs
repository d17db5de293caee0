using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Matching;

public sealed record MatchResponse(
    Guid Id,
    Guid ProblemId,
    Guid ResourceId,
    string RaisingOrganId,
    string RaisingRegionCode,
    string OfferingOrganId,
    string OfferingRegionCode,
    string ProposedByOrganId,
    string Status,
    DateTime? RaiserAcceptedAt,
    DateTime? OffererAcceptedAt,
    string? DeclinedByOrganId,
    string? DeclineReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? CommittedAt,
    string? ReleasedByOrganId,
    string? ReleaseReason,
    DateTime? ReleasedAt,
    long Version,
    string? RaisingOrganName = null,
    string? OfferingOrganName = null,
    string? ProposedByOrganName = null,
    string? DeclinedByOrganName = null,
    string? ReleasedByOrganName = null) : IVersionedView
{
    public static MatchResponse From(Match m) => new(
        m.Id, m.ProblemId, m.ResourceId, m.RaisingOrganId, m.RaisingRegionCode, m.OfferingOrganId, m.OfferingRegionCode, m.ProposedByOrganId,
        m.Status.ToString(), m.RaiserAcceptedAt, m.OffererAcceptedAt, m.DeclinedByOrganId, m.DeclineReason, m.CreatedAt, m.UpdatedAt, m.CommittedAt,
        m.ReleasedByOrganId, m.ReleaseReason, m.ReleasedAt, m.Version);
}
