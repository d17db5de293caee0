using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Projects;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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

internal sealed class DeployTeamHandler(TeamWriter teams, IdempotentWrites writes, CallerIdentity caller, ProjectAdmission projects)
    : IUseCaseHandler<DeployTeam, DeploymentChanged>
{
    /// <summary>Each lost race means the project's row changed (added, refreshed, ended): a project has few such facts.</summary>
    private const int Attempts = 3;

    public async Task<DeploymentChanged> HandleAsync(DeployTeam request, CancellationToken cancellationToken)
    {
        var projectId = request.ProjectId!.Value;
        for (var attempt = 1; ; attempt++)
        {
            long? seen = null;
            try
            {
                Deployment? deployment = null;
                var team = await teams.ApplyAsync(request.TeamId, request.Precondition, async t =>
                {
                    // Lists is asked only once the caller was found to manage the team, so a refused caller learns nothing about the project.
                    if (!t.IsManagedBy(caller))
                    {
                        throw new ForbiddenException("team.other-region", "Only the owning region can deploy its teams.");
                    }

                    seen = await projects.AdmitAsync(projectId, teams.Now, cancellationToken);
                    writes.RunAgainIfRaceLost(() => projects.ChangedSinceAsync(projectId, seen, cancellationToken));
                    deployment = t.Deploy(caller, projectId, request.From!.Value, request.To, request.Task!, teams.Now);
                }, cancellationToken);
                return new DeploymentChanged(DeploymentResponse.Of(deployment!), team.Version);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The project's row changed since it was read: decide again on what is there now (closed: refused).
                if (!await projects.ChangedSinceAsync(projectId, seen, cancellationToken))
                {
                    throw;
                }
            }
        }
    }
}
