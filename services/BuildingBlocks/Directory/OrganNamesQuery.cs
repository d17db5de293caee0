using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Directory;

public static class OrganNamesQuery
{
    /// <summary>The current full names of the organs, from the read model in one query; never a remote call.</summary>
    public static async Task<OrganNames> OrganNamesAsync(this ServiceDbContext db, IEnumerable<string?> organIds, CancellationToken cancellationToken)
    {
        var wanted = organIds.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return OrganNames.None;
        }

        var names = await db.Set<KnownOrgan>().AsNoTracking()
            .Where(o => wanted.Contains(o.OrganId))
            .Select(o => new { o.OrganId, o.FullName })
            .ToDictionaryAsync(o => o.OrganId, o => o.FullName, StringComparer.Ordinal, cancellationToken);
        return new OrganNames(names);
    }
}
