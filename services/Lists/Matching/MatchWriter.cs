using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Matching;

/// <summary>
/// Applies one change to a match through <see cref="AggregateChange"/> and answers its view. The problem or resource the
/// change touches is loaded by the change itself and saved in the same SaveChanges, so a commitment never exists
/// without its reservation or the other way round.
/// </summary>
internal static class MatchWriter
{
    public static async Task<MatchResponse> ApplyAsync(
        ListsDbContext db, Guid id, VersionPrecondition precondition, Func<Match, Task> change, CancellationToken cancellationToken) =>
        await MatchResponse.From(await AggregateChange.ApplyAsync(db, db.Matches, id, precondition, change, cancellationToken)).NamedAsync(db, cancellationToken);
}
