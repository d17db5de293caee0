using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Lifecycle;

/// <summary>Forming → Active from <see cref="EffectiveOn"/> (today by default).</summary>
public sealed record ActivateTeam(Guid TeamId, VersionPrecondition Precondition, DateOnly? EffectiveOn, string? Note) : IUseCase<TeamResponse>;

internal sealed class ActivateTeamValidator : AbstractValidator<ActivateTeam>
{
    public ActivateTeamValidator() => RuleFor(r => r.Note).MaximumLength(Team.MaxText);
}

internal sealed class ActivateTeamHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<ActivateTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(ActivateTeam request, CancellationToken cancellationToken) =>
        await teams.ViewAsync(await teams.ApplyAsync(
            request.TeamId, request.Precondition, t => t.Activate(caller, request.EffectiveOn, request.Note, teams.Now), cancellationToken), cancellationToken);
}
