using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Organs;

public sealed record OrganNameResponse(string FullName, string ShortName, DateOnly? From, DateOnly? Until);

/// <summary>An organ as every caller sees it; the version is the ETag.</summary>
public sealed record OrganResponse(
    string OrganId,
    string IdKind,
    string RegionCode,
    string? RegionName,
    string FullName,
    string ShortName,
    string Level,
    string Kind,
    string? ParentOrganId,
    string Status,
    DateOnly? RetiredOn,
    string? RetireReason,
    string? ExternalReference,
    IReadOnlyList<OrganNameResponse> NameHistory,
    long Version,
    DateTime RegisteredAt,
    DateTime UpdatedAt) : IVersionedView
{
    public static OrganResponse From(Organ o) => From(OrganRow.Of(o));

    public static OrganResponse From(OrganRow o) => new(
        o.OrganId,
        o.IdKind.ToString(),
        o.RegionCode,
        DivisionTable.Shipped.Find(o.RegionCode)?.Name,
        o.FullName,
        o.ShortName,
        o.Level.ToString(),
        o.Kind.ToString(),
        o.ParentOrganId,
        o.Status.ToString(),
        o.RetiredOn,
        o.RetireReason,
        o.ExternalReference,
        o.Names.Select(n => new OrganNameResponse(n.FullName, n.ShortName, n.From, n.Until)).ToArray(),
        o.Version,
        o.RegisteredAt,
        o.UpdatedAt);
}

/// <summary>An organ's row without its audit trail: what the reads select, in one query (the names are JSON in the row).</summary>
public sealed record OrganRow(
    Guid Key,
    string OrganId,
    OrganIdKind IdKind,
    string RegionCode,
    string FullName,
    string ShortName,
    OrganLevel Level,
    OrganKind Kind,
    string? ParentOrganId,
    OrganStatus Status,
    DateOnly? RetiredOn,
    string? RetireReason,
    string? ExternalReference,
    IReadOnlyList<OrganName> Names,
    long Version,
    DateTime RegisteredAt,
    DateTime UpdatedAt)
{
    public static OrganRow Of(Organ o) => new(
        o.Id, o.OrganId, o.IdKind, o.RegionCode, o.FullName, o.ShortName, o.Level, o.Kind, o.ParentOrganId, o.Status, o.RetiredOn, o.RetireReason,
        o.ExternalReference, o.Names, o.Version, o.RegisteredAt, o.UpdatedAt);
}
