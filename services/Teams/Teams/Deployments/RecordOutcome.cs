using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>The owning region records an outcome of a deployment under way.</summary>
public sealed record RecordOutcome(Guid TeamId, Guid DeploymentId, VersionPrecondition Precondition, string? Text) : IUseCase<DeploymentChanged>;

internal sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcome>
{
    public RecordOutcomeValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(Team.MaxText);
}

internal sealed class RecordOutcomeHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<RecordOutcome, DeploymentChanged>
{
    public async Task<DeploymentChanged> HandleAsync(RecordOutcome request, CancellationToken cancellationToken)
    {
        var team = await teams.ApplyAsync(
            request.TeamId, request.Precondition, t => { t.RecordOutcome(caller, request.DeploymentId, request.Text!, teams.Now); }, cancellationToken);
        return new DeploymentChanged(DeploymentResponse.Of(team.Deployments.Single(d => d.Id == request.DeploymentId)), team.Version);
    }
}
