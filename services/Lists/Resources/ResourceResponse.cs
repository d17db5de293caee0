using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Resources;

public sealed record ResourceResponse(
    Guid Id,
    string Title,
    string Description,
    string Category,
    decimal Capacity,
    string Unit,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string OrganId,
    string RegionCode,
    string? ExternalReference,
    string Status,
    Guid? ReservedBy,
    string? WithdrawalReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version,
    string? OrganName = null) : IVersionedView
{
    public static ResourceResponse From(Resource r) => new(
        r.Id, r.Title, r.Description, r.Category.ToString(), r.Capacity, r.Unit, r.ValidFrom, r.ValidTo, r.OrganId, r.RegionCode,
        r.ExternalReference, r.Status.ToString(), r.ReservedBy, r.WithdrawalReason, r.CreatedAt, r.UpdatedAt, r.Version);
}
