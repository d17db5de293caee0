using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Review;

/// <summary>
/// A region that leaves the conference through the Directory can no longer approve, and one that joins can at once: the
/// review rules read membership from the directory's read model, not from a compiled list (issue 17).
/// </summary>
internal static class ReviewMembership
{
    public static ReviewPolicy Apply(ReviewPolicy configured, IServiceProvider services)
    {
        var db = services.GetRequiredService<ListsDbContext>();
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

        // The review rules are synchronous domain code, and the read model holds a few dozen regions; the set is read
        // only when a rule asks for it, once per request.
        return configured.WithMembership(() => db.Set<KnownRegion>().AsNoTracking()
            .Where(r => r.JoinedOn == null || r.JoinedOn > today || (r.LeftOn != null && r.LeftOn < today))
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal));
    }
}
