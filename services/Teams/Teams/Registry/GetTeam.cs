using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams.Registry;

/// <summary>A team as every member of the conference sees it (its roster stays behind <see cref="TeamVisibility"/>).</summary>
public sealed record GetTeam(Guid TeamId) : IUseCase<TeamResponse>;

internal sealed class GetTeamHandler(TeamsDbContext db, IOrganDirectory directory, TimeProvider clock) : IUseCaseHandler<GetTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(GetTeam request, CancellationToken cancellationToken)
    {
        var team = await TeamResponseQuery.GetAsync(db, request.TeamId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return team.Named(await directory.NamesAsync([team.OwnerOrganId], cancellationToken));
    }
}
