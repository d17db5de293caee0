using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Resources;

/// <summary>Applies one change to a resource through <see cref="AggregateChange"/> and answers its view; the write half of the resource use cases.</summary>
internal static class ResourceWriter
{
    public static async Task<ResourceResponse> ApplyAsync(
        ListsDbContext db, Guid id, VersionPrecondition precondition, Action<Resource> change, CancellationToken cancellationToken) =>
        await ResourceResponse.From(await AggregateChange.ApplyAsync(db, db.Resources, id, precondition, change, cancellationToken)).NamedAsync(db, cancellationToken);
}
