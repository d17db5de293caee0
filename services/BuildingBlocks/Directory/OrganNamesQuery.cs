using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Directory;

public static class OrganNamesQuery
{
    private const int CompiledSlots = 4;

    /// <summary>The current full names of the organs, from the read model in one query; never a remote call.</summary>
    public static async Task<OrganNames> OrganNamesAsync(this ServiceDbContext db, IEnumerable<string?> organIds, CancellationToken cancellationToken)
    {
        var wanted = organIds.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return OrganNames.None;
        }

        var names = new Dictionary<string, string>(wanted.Length, StringComparer.Ordinal);
        if (wanted.Length <= CompiledSlots)
        {
            // Most views name one to four organs: a compiled statement skips building and looking up the query per
            // request, which cost more than running it (issue 16's GET-by-id profile).
            var slot = (int i) => i < wanted.Length ? wanted[i] : null;
            await foreach (var organ in CompiledPerModel<Compiled>.For(db).UpToFour(db, slot(0), slot(1), slot(2), slot(3)).WithCancellation(cancellationToken))
            {
                names[organ.OrganId] = organ.FullName;
            }

            return new OrganNames(names);
        }

        await foreach (var organ in db.Set<KnownOrgan>().AsNoTracking()
                           .Where(o => wanted.Contains(o.OrganId))
                           .Select(o => new OrganName(o.OrganId, o.FullName))
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            names[organ.OrganId] = organ.FullName;
        }

        return new OrganNames(names);
    }

    private sealed record OrganName(string OrganId, string FullName);

    private sealed class Compiled
    {
        public readonly Func<ServiceDbContext, string?, string?, string?, string?, IAsyncEnumerable<OrganName>> UpToFour = EF.CompileAsyncQuery(
            (ServiceDbContext db, string? a, string? b, string? c, string? d) => db.Set<KnownOrgan>().AsNoTracking()
                .Where(o => o.OrganId == a || o.OrganId == b || o.OrganId == c || o.OrganId == d)
                .Select(o => new OrganName(o.OrganId, o.FullName)));
    }
}
