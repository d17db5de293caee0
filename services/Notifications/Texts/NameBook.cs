using Corridor.BuildingBlocks.Directory;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Texts;

/// <summary>
/// Organ and region names for the texts of one notification, from the directory read model in one query each. A name
/// the read model does not know yet is shown as its code, never left blank.
/// </summary>
public sealed class NameBook(OrganNames organs, IReadOnlyDictionary<string, string> regions)
{
    public string Organ(string? organId) => organs.Of(organId) ?? organId ?? "";

    public string Region(string? regionCode) =>
        regionCode is not null && regions.TryGetValue(regionCode, out var name) && name.Length > 0 ? name : regionCode ?? "";

    public string Regions(IEnumerable<string> regionCodes, string separator) => string.Join(separator, regionCodes.Select(Region));

    public static async Task<NameBook> LoadAsync(
        NotificationsDbContext db, IEnumerable<string?> organIds, IEnumerable<string?> regionCodes, CancellationToken cancellationToken)
    {
        var organs = await db.OrganNamesAsync(organIds, cancellationToken);
        var codes = regionCodes.OfType<string>().Distinct().ToArray();
        var regions = codes.Length == 0
            ? new Dictionary<string, string>()
            : await db.Set<KnownRegion>().AsNoTracking().Where(r => codes.Contains(r.Code))
                .ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);
        return new NameBook(organs, regions);
    }
}
