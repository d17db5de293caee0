using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>The owning region ends a deployment early; <see cref="EndedOn"/> is its last day (before its start: called off).</summary>
public sealed record EndDeployment(Guid TeamId, Guid DeploymentId, VersionPrecondition Precondition, DateOnly? EndedOn, string? Reason)
    : IUseCase<DeploymentChanged>;

internal sealed class EndDeploymentValidator : AbstractValidator<EndDeployment>
{
    public EndDeploymentValidator()
    {
        RuleFor(r => r.EndedOn).NotNull();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Team.MaxText);
    }
}

internal sealed class EndDeploymentHandler(TeamWriter teams, CallerIdentity caller) : IUseCaseHandler<EndDeployment, DeploymentChanged>
{
    public async Task<DeploymentChanged> HandleAsync(EndDeployment request, CancellationToken cancellationToken)
    {
        Deployment? deployment = null;
        var team = await teams.ApplyAsync(
            request.TeamId, request.Precondition, t => deployment = t.EndDeployment(caller, request.DeploymentId, request.EndedOn!.Value, request.Reason!, teams.Now), cancellationToken);
        return new DeploymentChanged(DeploymentResponse.Of(deployment!), team.Version);
    }
}
