using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

/// <summary>
/// Load, check the caller's precondition on the version (If-Match, or the gRPC expected version), apply one
/// domain operation, save it with its events and its audit line. REST and gRPC both go through here.
/// </summary>
internal static class TeamUpdate
{
    public static async Task<(Team Team, T Result)> ApplyAsync<T>(
        TeamsDbContext db, Guid id, Action<long> checkVersion, Func<Team, Task<T>> change, CancellationToken cancellationToken)
    {
        var changed = await ChangeAsync(db, id, checkVersion, change, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    public static Task<(Team Team, T Result)> ApplyAsync<T>(TeamsDbContext db, Guid id, Action<long> checkVersion, Func<Team, T> change, CancellationToken cancellationToken) =>
        ApplyAsync(db, id, checkVersion, t => Task.FromResult(change(t)), cancellationToken);

    /// <summary>The same without saving, for a caller that commits more with it (an Idempotency-Key's answer).</summary>
    public static async Task<(Team Team, T Result)> ChangeAsync<T>(
        TeamsDbContext db, Guid id, Action<long> checkVersion, Func<Team, Task<T>> change, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Team", id.ToString());
        checkVersion(team.Version);
        var result = await change(team);
        return (team, result);
    }
}
