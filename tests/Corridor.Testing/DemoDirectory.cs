using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Corridor.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>
/// The demo organs (<see cref="DemoOrgans"/>) and their regions as the Directory service records them: members of the
/// conference since <see cref="JoinedOn"/>, each organ active at version 1. Hosts get them in their read model
/// (<see cref="KnownOrgansSeeding"/>) and from <see cref="DirectoryPeer"/> on a miss.
/// </summary>
public static class DemoDirectory
{
    public static readonly DateOnly JoinedOn = new(2020, 1, 1);

    public static readonly DateTime RegisteredAt = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<DemoOrgan> Organs => DemoOrgans.All;

    /// <summary>The member regions of the demo conference (the seed's 22): code → name.</summary>
    public static IReadOnlyDictionary<string, string> Regions { get; } = CorridorRegions.All.ToDictionary(r => r.Code, r => r.ChineseName);

    public static OrganSnapshot Snapshot(DemoOrgan organ, string? fullName = null, string status = KnownOrgan.ActiveStatus, string? regionCode = null)
    {
        var name = fullName ?? organ.Name;
        var region = regionCode ?? organ.RegionCode;
        return new OrganSnapshot(organ.Id, region, name, name[..Math.Min(4, name.Length)], ParentOf(region) is null ? "Regional" : "Municipal", "WorkingCommittee", null, status);
    }

    /// <summary>The province of a prefecture; null for a province.</summary>
    public static string? ParentOf(string regionCode) => RegionCodes.ProvinceOf(regionCode) == regionCode ? null : RegionCodes.ProvinceOf(regionCode);

    /// <summary>Stores <paramref name="organ"/> at <paramref name="version"/> in the read model of the host of <paramref name="services"/>, as an organ event would.</summary>
    public static async Task UpsertAsync(IServiceProvider services, OrganSnapshot organ, long version)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        await db.UpsertOrganAsync(organ, version, RegisteredAt.AddDays(version));
        await db.SaveChangesAsync();
    }
}
