using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.People;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Recipients;

/// <summary>The active people an audience names, each once, from the people read model (Identity's PersonChanged).</summary>
public sealed class RecipientDirectory(NotificationsDbContext db)
{
    public async Task<IReadOnlyList<KnownPerson>> ResolveAsync(IEnumerable<Audience> audiences, CancellationToken cancellationToken)
    {
        var list = audiences.ToArray();
        var organs = list.OfType<Audience.OfOrgan>().Select(a => a.OrganId).Where(o => o.Length > 0).Distinct().ToArray();
        var regions = list.OfType<Audience.CoordinatorsOf>().Select(a => a.RegionCode).Distinct().ToArray();
        var secretariat = list.OfType<Audience.SecretariatPeople>().Any();
        if (organs.Length == 0 && regions.Length == 0 && !secretariat)
        {
            return [];
        }

        // Roles is a space-separated list; the role names share no substrings, so LIKE narrows and HasRole decides.
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Active && (organs.Contains(p.OrganId)
                || (regions.Contains(p.RegionCode) && p.Roles.Contains(CorridorRoles.Coordinator))
                || (secretariat && p.Roles.Contains(CorridorRoles.Secretariat))))
            .ToListAsync(cancellationToken);
        return candidates
            .Where(p => organs.Contains(p.OrganId)
                || (regions.Contains(p.RegionCode) && p.HasRole(CorridorRoles.Coordinator))
                || (secretariat && p.HasRole(CorridorRoles.Secretariat)))
            .OrderBy(p => p.UserName, StringComparer.Ordinal)
            .ToArray();
    }
}
