using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// The one way rows of the read model are written — by the event consumers, by answers of the directory and by test
/// fixtures alike: insert or take the newer version, never save (the caller saves with whatever else it writes).
/// </summary>
public static class DirectoryReadModel
{
    /// <summary>Returns whether the stored copy changed.</summary>
    public static async Task<bool> UpsertOrganAsync(
        this ServiceDbContext db, OrganSnapshot organ, long version, DateTime updatedAt, CancellationToken cancellationToken = default)
    {
        var known = await db.Set<KnownOrgan>().FindAsync([organ.OrganId], cancellationToken);
        if (known is null)
        {
            known = new KnownOrgan(organ.OrganId);
            db.Set<KnownOrgan>().Add(known);
        }

        return known.Apply(organ, version, updatedAt);
    }

    /// <summary>Returns whether the stored copy changed.</summary>
    public static async Task<bool> UpsertRegionJoinAsync(
        this ServiceDbContext db, string code, string name, string? parentCode, DateOnly joinedOn, DateOnly? leftOn, long version, CancellationToken cancellationToken = default)
    {
        var known = await FindOrAddRegionAsync(db, code, cancellationToken);
        return known.ApplyJoin(name, parentCode, joinedOn, leftOn, version);
    }

    /// <summary>Returns whether the stored copy changed.</summary>
    public static async Task<bool> UpsertRegionLeaveAsync(
        this ServiceDbContext db, string code, DateOnly leftOn, long version, CancellationToken cancellationToken = default)
    {
        var known = await FindOrAddRegionAsync(db, code, cancellationToken);
        return known.ApplyLeave(leftOn, version);
    }

    private static async Task<KnownRegion> FindOrAddRegionAsync(ServiceDbContext db, string code, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownRegion>().FindAsync([code], cancellationToken);
        if (known is null)
        {
            known = new KnownRegion(code);
            db.Set<KnownRegion>().Add(known);
        }

        return known;
    }
}
