using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

/// <summary>Registers teams and applies changes to them through <see cref="AggregateChange"/>; the write half of every team use case.</summary>
internal sealed class TeamWriter(TeamsDbContext db, TimeProvider clock)
{
    private (Guid Id, long Loaded)? _deferred;

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>
    /// Set by <see cref="IdempotentTeamCreate"/>: the change is made but saved by the caller, together with the
    /// Idempotency-Key's stored answer, so a retried request can never apply it twice.
    /// </summary>
    public bool SavedByCaller { get; set; }

    public async Task<Team> ApplyAsync(Guid id, VersionPrecondition precondition, Func<Team, Task> change, CancellationToken cancellationToken)
    {
        var teams = db.Teams.AsSplitQuery();
        if (!SavedByCaller)
        {
            return await AggregateChange.ApplyAsync(db, teams, id, precondition, change, cancellationToken);
        }

        var team = await AggregateChange.LoadAsync(teams, id, cancellationToken);
        precondition.Check(team.Version);
        _deferred = precondition.IsGiven ? (id, team.Version) : null;
        await change(team);
        return team;
    }

    /// <summary>
    /// When the caller's save of a change made with <see cref="SavedByCaller"/> failed: a lost race against a change to the
    /// same team, for a caller who named the version, is answered as a stale precondition (412 / ABORTED), as
    /// <see cref="AggregateChange"/> answers it; null when it was not that.
    /// </summary>
    public async Task<PreconditionFailedException?> StaleVersionAsync(CancellationToken cancellationToken)
    {
        if (_deferred is not { } deferred)
        {
            return null;
        }

        db.ChangeTracker.Clear();
        var current = await db.Teams.AsNoTracking().Where(t => t.Id == deferred.Id).Select(t => t.Version).SingleOrDefaultAsync(cancellationToken);
        return current != deferred.Loaded ? new PreconditionFailedException(current) : null;
    }

    public Task<Team> ApplyAsync(Guid id, VersionPrecondition precondition, Action<Team> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, precondition, t =>
        {
            change(t);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<Team> AddAsync(Team team, CancellationToken cancellationToken)
    {
        db.Teams.Add(team);
        if (!SavedByCaller)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return team;
    }

    public TeamResponse View(Team team) => TeamResponse.From(team, Today);
}
