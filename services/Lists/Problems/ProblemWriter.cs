using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Problems;

/// <summary>Applies one change to a problem through <see cref="AggregateChange"/> and answers its view; the write half of every problem use case.</summary>
internal sealed class ProblemWriter(ListsDbContext db, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public ListsDbContext Db => db;

    public async Task<ProblemResponse> ApplyAsync(Guid id, VersionPrecondition precondition, Func<Problem, Task> change, CancellationToken cancellationToken)
    {
        var problem = await AggregateChange.ApplyAsync(db, db.Problems, id, precondition, change, cancellationToken);
        return await ProblemResponse.From(problem, Today).NamedAsync(db, cancellationToken);
    }

    public Task<ProblemResponse> ApplyAsync(Guid id, VersionPrecondition precondition, Action<Problem> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, precondition, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, cancellationToken);
}
