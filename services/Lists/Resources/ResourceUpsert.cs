using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Resources;

/// <summary>
/// Create or update the caller region's resource named by the input's external reference. Does not
/// save, so a batch can apply many items and commit them (with their events) at once.
/// </summary>
public static class ResourceUpsert
{
    public static async Task<(Resource Resource, ResourceUpsertOutcome Outcome)> ApplyAsync(
        ListsDbContext db, ResourceInput input, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        if (input.ExternalReference is null)
        {
            return (Add(db, input, caller, now), ResourceUpsertOutcome.Created);
        }

        var existing = FindLocal(db, caller.Region, input.ExternalReference)
            ?? await db.Resources.SingleOrDefaultAsync(
                r => r.RegionCode == caller.Region && r.ExternalReference == input.ExternalReference, cancellationToken);
        if (existing is null)
        {
            return (Add(db, input, caller, now), ResourceUpsertOutcome.Created);
        }

        return (existing, existing.Update(input, caller, now) ? ResourceUpsertOutcome.Updated : ResourceUpsertOutcome.Unchanged);
    }

    private static Resource Add(ListsDbContext db, ResourceInput input, CallerIdentity caller, DateTime now)
    {
        var resource = Resource.Offer(input, caller, now);
        db.Resources.Add(resource);
        return resource;
    }

    // Items added earlier in the same batch are not in the database yet.
    private static Resource? FindLocal(ListsDbContext db, string region, string externalReference) =>
        db.Resources.Local.FirstOrDefault(r => r.RegionCode == region && r.ExternalReference == externalReference);
}
