using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Lifecycle;

/// <summary>Forming or Active → StoodDown (final) from <see cref="EffectiveOn"/> (today by default), with a reason.</summary>
public sealed record StandDownTeam(Guid TeamId, VersionPrecondition Precondition, string? Reason, DateOnly? EffectiveOn) : IUseCase<TeamResponse>;

internal sealed class StandDownTeamValidator : AbstractValidator<StandDownTeam>
{
    public StandDownTeamValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Team.MaxText);
}

internal sealed class StandDownTeamHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<StandDownTeam, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(StandDownTeam request, CancellationToken cancellationToken) =>
        await teams.ViewAsync(await teams.ApplyAsync(
            request.TeamId, request.Precondition, t => t.StandDown(caller, request.Reason!, request.EffectiveOn, teams.Now), cancellationToken), cancellationToken);
}
