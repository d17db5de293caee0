using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

/// <summary>Registers teams and applies changes to them through <see cref="AggregateChange"/>; the write half of every team use case.</summary>
internal sealed class TeamWriter(TeamsDbContext db, IdempotentWrites writes, IOrganDirectory directory, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<Team> ApplyAsync(Guid id, VersionPrecondition precondition, Func<Team, Task> change, CancellationToken cancellationToken)
    {
        var teams = db.Teams.AsSplitQuery();
        if (!writes.SavesWithAnswer)
        {
            return await AggregateChange.ApplyAsync(db, teams, id, precondition, change, cancellationToken);
        }

        // A REST create under an Idempotency-Key: the change is saved with the key's stored answer, so a retry can never apply it twice.
        var team = await AggregateChange.LoadAsync(teams, id, cancellationToken);
        precondition.Check(team.Version);
        var loaded = team.Version;
        await change(team);
        if (precondition.IsGiven)
        {
            await writes.SaveAsync(cancellationToken, () => AggregateChange.ThrowIfStaleAsync(db, db.Teams, id, loaded, cancellationToken));
        }

        return team;
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
        await writes.SaveAsync(cancellationToken);
        return team;
    }

    /// <summary>The team's view, with its owner's current name.</summary>
    public async Task<TeamResponse> ViewAsync(Team team, CancellationToken cancellationToken) =>
        TeamResponse.From(team, Today).Named(await directory.NamesAsync([team.OwnerOrganId], cancellationToken));
}
