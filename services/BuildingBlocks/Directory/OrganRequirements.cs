namespace Corridor.BuildingBlocks.Directory;

public static class OrganRequirements
{
    /// <summary>
    /// The named organs as the directory records them, looked up in one batch. Refuses (<see cref="OrganRefusedException"/>)
    /// an organ the directory does not know, a retired one, and a stated region other than the organ's.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, KnownOrgan>> RequireActiveAsync(
        this IOrganDirectory directory, IReadOnlyCollection<NamedOrgan> named, CancellationToken cancellationToken)
    {
        var organs = await directory.FindAsync(named.Select(n => n.OrganId), cancellationToken);
        foreach (var organ in named)
        {
            if (!organs.TryGetValue(organ.OrganId, out var known))
            {
                throw new OrganRefusedException(OrganRefusedException.UnknownOrgan, organ.Field, $"{organ.Field}: the directory knows no organ {organ.OrganId}.");
            }

            if (known.IsRetired)
            {
                throw new OrganRefusedException(OrganRefusedException.RetiredOrgan, organ.Field, $"{organ.Field}: organ {organ.OrganId} ({known.FullName}) is retired.");
            }

            if (!string.IsNullOrEmpty(organ.StatedRegionCode) && organ.StatedRegionCode != known.RegionCode)
            {
                var field = organ.RegionField ?? organ.Field;
                throw new OrganRefusedException(
                    OrganRefusedException.RegionMismatch,
                    field,
                    $"{field}: organ {organ.OrganId} ({known.FullName}) belongs to region {known.RegionCode}, not {organ.StatedRegionCode}; leave the region out or state the organ's.");
            }
        }

        return organs;
    }
}
