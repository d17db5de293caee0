using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Teams.Registry;

/// <summary>Registers a team of the caller's organ and of its region in the directory (<see cref="TeamOwnership"/>): nobody registers teams for another region.</summary>
public sealed record RegisterTeam(string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation, DateOnly? DissolveBy)
    : IUseCase<TeamResponse>, ITeamDetailsInput;

internal sealed class RegisterTeamValidator : TeamDetailsValidator<RegisterTeam>;

internal sealed class RegisterTeamHandler(TeamWriter teams, TeamOwnership ownership, CallerIdentity caller) : IUseCaseHandler<RegisterTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(RegisterTeam request, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        await ownership.EnsureOwnerAsync(cancellationToken);
        return await teams.ViewAsync(await teams.AddAsync(details.Register(caller, teams.Now, externalReference: null), cancellationToken), cancellationToken);
    }
}
