using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Teams.Registry;

/// <summary>Registers a team of the caller's organ and region: nobody registers teams for another region.</summary>
public sealed record RegisterTeam(string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation, DateOnly? DissolveBy)
    : IUseCase<TeamResponse>, ITeamDetailsInput;

internal sealed class RegisterTeamValidator : TeamDetailsValidator<RegisterTeam>;

internal sealed class RegisterTeamHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<RegisterTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(RegisterTeam request, CancellationToken cancellationToken) =>
        teams.View(await teams.AddAsync(request.ToDetails().Register(caller, teams.Now, externalReference: null), cancellationToken));
}
