using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;

namespace Corridor.DirectoryService.Organs;

/// <summary>Applies a change to a registered organ through <see cref="AggregateChange"/>, once the caller is known to write its region.</summary>
internal sealed class OrganWriter(DirectoryDbContext db, OrganWriters writers, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task<Organ> ApplyAsync(string organId, VersionPrecondition precondition, Func<Organ, Task> change, CancellationToken cancellationToken)
    {
        var key = await OrganReads.KeyOfAsync(db, organId, cancellationToken);
        return await AggregateChange.ApplyAsync(db, db.Organs, key, precondition, async organ =>
        {
            writers.EnsureMayWrite(organ.RegionCode);
            await change(organ);
        }, cancellationToken);
    }

    public Task<Organ> ApplyAsync(string organId, VersionPrecondition precondition, Action<Organ> change, CancellationToken cancellationToken) =>
        ApplyAsync(organId, precondition, o =>
        {
            change(o);
            return Task.CompletedTask;
        }, cancellationToken);
}
