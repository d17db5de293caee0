using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Registry;

/// <summary>Loading one team for reading, shared by the query handlers.</summary>
internal static class TeamReads
{
    public static Task<Team> GetAsync(TeamsDbContext db, Guid id, CancellationToken cancellationToken) =>
        AggregateChange.LoadAsync(db.Teams.AsNoTracking().AsSplitQuery(), id, cancellationToken);
}
