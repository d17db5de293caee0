using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Teams.Registry;

/// <summary>The owning region edits a team's details; a replacement of its content, so the version read is required.</summary>
public sealed record UpdateTeam(
    Guid TeamId, VersionPrecondition Precondition, string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation, DateOnly? DissolveBy)
    : IUseCase<TeamResponse>, ITeamDetailsInput;

internal sealed class UpdateTeamValidator : TeamDetailsValidator<UpdateTeam>;

internal sealed class UpdateTeamHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<UpdateTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(UpdateTeam request, CancellationToken cancellationToken) =>
        await teams.ViewAsync(await teams.ApplyAsync(
            request.TeamId, request.Precondition.Required, t => { t.Revise(caller, request.ToDetails(), teams.Now); }, cancellationToken), cancellationToken);
}
