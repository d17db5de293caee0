using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Infrastructure;

/// <summary>
/// The Directory change feed: each organ as its REST view (contacts are personal data and are no part of it) and each
/// membership period of a region. Every caller with a valid token reads the directory, so nothing is filtered.
/// </summary>
public static class DirectoryChangeFeed
{
    public const string FeedName = "directory";
    public const string OrganRecord = "organ";
    public const string MembershipRecord = "membership";

    public static IHostApplicationBuilder AddDirectoryChangeFeed(this IHostApplicationBuilder builder) =>
        builder.AddChangeFeed<DirectoryDbContext>(FeedName, feed => feed
            .Track<Organ>(OrganRecord, o => o.RegionCode, o => OrganResponse.From(o), nameof(Organ.Status))
            .Track<RegionMembership>(MembershipRecord, m => m.RegionCode, ViewOf));

    private static object ViewOf(RegionMembership m) =>
        new MembershipView(m.Id, m.RegionCode, DivisionTable.Shipped.Find(m.RegionCode)?.Name, m.JoinedOn, m.LeftOn, m.Role, m.Version);

    private sealed record MembershipView(Guid Id, string RegionCode, string? RegionName, DateOnly JoinedOn, DateOnly? LeftOn, string? Role, long Version);
}
