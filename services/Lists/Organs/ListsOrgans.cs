using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Lists.Organs;

/// <summary>
/// The organs a Lists write names, as the directory records them (ADR 0019): one batch lookup, refusing an unknown or
/// retired organ and a stated region that is not the organ's, and an organ of a region that is not a member today.
/// A record's regions are taken from here, never from the request.
/// </summary>
internal sealed class ListsOrgans(IOrganDirectory directory, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, KnownOrgan>> RequireAsync(IReadOnlyCollection<NamedOrgan> named, CancellationToken cancellationToken)
    {
        var organs = await directory.RequireActiveAsync(named, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var organ in named.Select(n => (n.Field, Organ: organs[n.OrganId])).DistinctBy(n => n.Organ.RegionCode))
        {
            if (!await directory.IsMemberRegionAsync(organ.Organ.RegionCode, today, cancellationToken))
            {
                throw new DomainRuleException(
                    "organ.region-not-member", $"{organ.Field}: {organ.Organ.FullName} belongs to region {organ.Organ.RegionCode}, which is not a member of the conference.");
            }
        }

        return organs;
    }

    /// <summary>The region of one organ a request names, with the region it states (if any) checked against it.</summary>
    public async Task<string> RegionOfAsync(string field, string organId, string? statedRegion, string regionField, CancellationToken cancellationToken) =>
        (await RequireAsync([new NamedOrgan(field, organId, statedRegion, regionField)], cancellationToken))[organId].RegionCode;
}
