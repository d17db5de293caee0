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

        return Apply(db, await FindAsync(db, caller.Region, input.ExternalReference, cancellationToken), input, caller, now);
    }

    /// <summary>The region's resource with this external reference: one added earlier in this context, else the stored one.</summary>
    public static async Task<Resource?> FindAsync(ListsDbContext db, string region, string externalReference, CancellationToken cancellationToken) =>
        FindLocal(db, region, externalReference)
        ?? await db.Resources.SingleOrDefaultAsync(r => r.RegionCode == region && r.ExternalReference == externalReference, cancellationToken);

    /// <summary>Updates <paramref name="existing"/> (as <see cref="FindAsync"/> found it) with the input, or creates the resource when there is none.</summary>
    public static (Resource Resource, ResourceUpsertOutcome Outcome) Apply(
        ListsDbContext db, Resource? existing, ResourceInput input, CallerIdentity caller, DateTime now)
    {
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
