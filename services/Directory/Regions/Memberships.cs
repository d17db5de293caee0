using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Regions;

/// <summary>Reading membership periods: a region is a member on a day when joined_on ≤ day ≤ left_on (or no left_on).</summary>
public static class Memberships
{
    /// <summary>The region's latest period, tracked when <paramref name="tracked"/> (to change it).</summary>
    public static Task<RegionMembership?> LatestAsync(DirectoryDbContext db, string regionCode, CancellationToken cancellationToken, bool tracked = false) =>
        (tracked ? db.Memberships : db.Memberships.AsNoTracking())
            .Where(m => m.RegionCode == regionCode)
            .OrderByDescending(m => m.JoinedOn)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every region's latest period (a small table: a few dozen rows).</summary>
    public static async Task<Dictionary<string, RegionMembership>> LatestByRegionAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        (await db.Memberships.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(m => m.RegionCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.JoinedOn)!, StringComparer.Ordinal);

    public static Task<bool> IsMemberOnAsync(DirectoryDbContext db, string regionCode, DateOnly day, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.RegionCode == regionCode && m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day), cancellationToken);
}
