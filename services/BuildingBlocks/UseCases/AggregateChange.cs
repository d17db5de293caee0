using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// Load an aggregate, check the caller's precondition on its version, apply one domain operation, save it with its
/// events in one transaction. Every write use case on an existing aggregate goes through here.
/// <para>
/// A write that lost a race: with a precondition, the caller gets 412 / ABORTED (their copy is stale). Without one, an
/// <c>independent</c> change (one that does not depend on what the race changed, e.g. an approval naming its
/// revision) is re-applied to the fresh state, where the domain rules decide again; any other change answers 409
/// rather than overwrite what it did not see.
/// </para>
/// </summary>
public static class AggregateChange
{
    /// <summary>Each lost race means another change was saved, so this bounds the concurrent writers one independent change outlasts.</summary>
    private const int Attempts = 20;

    public static async Task<TAggregate> ApplyAsync<TAggregate>(
        ServiceDbContext db, IQueryable<TAggregate> aggregates, Guid id, VersionPrecondition precondition,
        Func<TAggregate, Task> change, CancellationToken cancellationToken, bool independent = false)
        where TAggregate : AggregateRoot
    {
        for (var attempt = 1; ; attempt++)
        {
            var aggregate = await LoadAsync(aggregates, id, cancellationToken);
            var loaded = aggregate.Version;
            precondition.Check(loaded);
            await change(aggregate);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return aggregate;
            }
            catch (DbUpdateException) when (precondition.IsGiven || (independent && attempt < Attempts))
            {
                var current = await CurrentVersionAsync(db, aggregates, id, cancellationToken);
                if (current == loaded)
                {
                    // Not a lost race (the row is unchanged): the failure is the caller's to see.
                    throw;
                }

                if (precondition.IsGiven)
                {
                    throw new PreconditionFailedException(current);
                }
            }
        }
    }

    public static Task<TAggregate> ApplyAsync<TAggregate>(
        ServiceDbContext db, IQueryable<TAggregate> aggregates, Guid id, VersionPrecondition precondition,
        Action<TAggregate> change, CancellationToken cancellationToken, bool independent = false)
        where TAggregate : AggregateRoot =>
        ApplyAsync(db, aggregates, id, precondition, a =>
        {
            change(a);
            return Task.CompletedTask;
        }, cancellationToken, independent);

    /// <summary>
    /// Saves a change to an aggregate that was checked against the caller's version <paramref name="loaded"/> outside
    /// <see cref="ApplyAsync{TAggregate}(ServiceDbContext, IQueryable{TAggregate}, Guid, VersionPrecondition, Func{TAggregate, Task}, CancellationToken, bool)"/>
    /// (upserts by reference): a lost race answers 412 / ABORTED as it does there.
    /// </summary>
    public static async Task SaveAsync<TAggregate>(
        ServiceDbContext db, IQueryable<TAggregate> aggregates, Guid id, long loaded, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await ThrowIfStaleAsync(db, aggregates, id, loaded, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// After a failed save: 412 / ABORTED when another change moved the aggregate past <paramref name="loaded"/>, the
    /// version the caller's change was checked against; otherwise returns, and the failure is the caller's to see.
    /// </summary>
    public static async Task ThrowIfStaleAsync<TAggregate>(
        ServiceDbContext db, IQueryable<TAggregate> aggregates, Guid id, long loaded, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var current = await CurrentVersionAsync(db, aggregates, id, cancellationToken);
        if (current != loaded)
        {
            throw new PreconditionFailedException(current);
        }
    }

    private static async Task<long> CurrentVersionAsync<TAggregate>(
        ServiceDbContext db, IQueryable<TAggregate> aggregates, Guid id, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        db.ChangeTracker.Clear();
        return await aggregates.AsNoTracking().Where(a => a.Id == id).Select(a => a.Version).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// The aggregate with the given id, tracked, or 404 / NOT_FOUND naming its kind. Each owned collection loads in a query
    /// of its own: joined in one, their rows would multiply (reports × urgings × history …). The root is read first, so a
    /// change saved between the queries moves its version and the save here fails as a lost race.
    /// </summary>
    public static async Task<TAggregate> LoadAsync<TAggregate>(IQueryable<TAggregate> aggregates, Guid id, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot =>
        await aggregates.AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(typeof(TAggregate).Name, id.ToString());
}
