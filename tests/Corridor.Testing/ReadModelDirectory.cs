using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing;

/// <summary>
/// <see cref="IOrganDirectory"/> over a context's read model alone, for handlers a test builds by hand on a database
/// without a host: what the read model lacks is unknown (the Directory service is never asked).
/// </summary>
public sealed class ReadModelDirectory(ServiceDbContext db) : IOrganDirectory
{
    public async Task<IReadOnlyDictionary<string, KnownOrgan>> FindAsync(IEnumerable<string> organIds, CancellationToken cancellationToken)
    {
        var wanted = organIds.Distinct(StringComparer.Ordinal).ToArray();
        return await db.Set<KnownOrgan>().AsNoTracking().Where(o => wanted.Contains(o.OrganId)).ToDictionaryAsync(o => o.OrganId, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<bool> IsMemberRegionAsync(string regionCode, DateOnly day, CancellationToken cancellationToken) =>
        await db.Set<KnownRegion>().AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, cancellationToken) is { } region && region.IsMemberOn(day);

    public async Task<OrganNames> NamesAsync(IEnumerable<string?> organIds, CancellationToken cancellationToken)
    {
        var wanted = organIds.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return wanted.Length == 0
            ? OrganNames.None
            : new OrganNames(await db.Set<KnownOrgan>().AsNoTracking().Where(o => wanted.Contains(o.OrganId))
                .ToDictionaryAsync(o => o.OrganId, o => o.FullName, StringComparer.Ordinal, cancellationToken));
    }
}
