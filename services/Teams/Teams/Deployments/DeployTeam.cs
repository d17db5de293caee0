using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Projects;
using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>The owning region deploys its team to a project Lists says is approved right now.</summary>
public sealed record DeployTeam(Guid TeamId, VersionPrecondition Precondition, Guid? ProjectId, DateOnly? From, DateOnly? To, string? Task)
    : IUseCase<DeploymentChanged>;

internal sealed class DeployTeamValidator : AbstractValidator<DeployTeam>
{
    public DeployTeamValidator()
    {
        RuleFor(r => r.ProjectId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.From).NotNull();
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.To is not null && r.From is not null)
            .WithMessage("A deployment cannot end before it starts.");
        RuleFor(r => r.Task).NotEmpty().MaximumLength(Team.MaxText);
    }
}

internal sealed class DeployTeamHandler(TeamWriter teams, CallerIdentity caller, ProjectApprovalCheck projects) : IUseCaseHandler<DeployTeam, DeploymentChanged>
{
    public async Task<DeploymentChanged> HandleAsync(DeployTeam request, CancellationToken cancellationToken)
    {
        Deployment? deployment = null;
        var team = await teams.ApplyAsync(request.TeamId, request.Precondition, async t =>
        {
            // Lists is asked only once the caller was found to manage the team, so a refused caller learns nothing about the project.
            if (!t.IsManagedBy(caller))
            {
                throw new ForbiddenException("team.other-region", "Only the owning region can deploy its teams.");
            }

            await projects.EnsureApprovedAsync(request.ProjectId!.Value, cancellationToken);
            deployment = t.Deploy(caller, request.ProjectId.Value, request.From!.Value, request.To, request.Task!, teams.Now);
        }, cancellationToken);
        return new DeploymentChanged(DeploymentResponse.Of(deployment!), team.Version);
    }
}
