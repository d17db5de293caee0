using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams.Registry;

/// <summary>A team as every member of the conference sees it (its roster stays behind <see cref="TeamVisibility"/>).</summary>
public sealed record GetTeam(Guid TeamId) : IUseCase<TeamResponse>;

internal sealed class GetTeamHandler(TeamsDbContext db, TimeProvider clock) : IUseCaseHandler<GetTeam, TeamResponse>
{
    public Task<TeamResponse> HandleAsync(GetTeam request, CancellationToken cancellationToken) =>
        TeamResponseQuery.GetAsync(db, request.TeamId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
