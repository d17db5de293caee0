using Corridor.BuildingBlocks.UseCases;

namespace Corridor.DirectoryService.Regions;

/// <summary>A GB/T 2260 division with its latest membership period; the version is that period's (0: never a member).</summary>
public sealed record RegionResponse(
    string Code,
    string Name,
    string Level,
    string? ParentCode,
    string ProvinceCode,
    bool IsMember,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    string? Role,
    long Version) : IVersionedView
{
    /// <param name="latest">The region's latest membership period, if it ever joined.</param>
    /// <param name="day">The day <see cref="IsMember"/> is answered for.</param>
    public static RegionResponse Of(Division division, RegionMembership? latest, DateOnly day) => new(
        division.Code,
        division.Name,
        division.LevelName,
        division.ParentCode,
        division.ProvinceCode,
        latest?.IsMemberOn(day) ?? false,
        latest?.JoinedOn,
        latest?.LeftOn,
        latest?.Role,
        latest?.Version ?? 0);
}
