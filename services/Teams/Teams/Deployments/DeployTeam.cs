using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

public sealed record DeployTeamRequest(Guid? ProjectId, DateOnly? From, DateOnly? To, string? Task);

public sealed class DeployTeamValidator : AbstractValidator<DeployTeamRequest>
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

internal static class DeployTeam
{
    /// <summary>
    /// Only the owning region deploys its team, and only to a project Lists says is approved right now; the
    /// question goes to Lists after the team is loaded and the caller checked, so a refused caller learns nothing.
    /// </summary>
    public static async Task<(Team Team, Deployment Deployment)> ApplyAsync(
        TeamsDbContext db, Guid teamId, DeployTeamRequest request, CallerIdentity caller, ProjectApprovalCheck projects, DateTime now, Action<long> checkVersion, CancellationToken cancellationToken)
    {
        var deployed = await ChangeAsync(db, teamId, request, caller, projects, now, checkVersion, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return deployed;
    }

    /// <summary>The same without saving, for a caller that commits more with it (an Idempotency-Key's answer).</summary>
    public static Task<(Team Team, Deployment Deployment)> ChangeAsync(
        TeamsDbContext db, Guid teamId, DeployTeamRequest request, CallerIdentity caller, ProjectApprovalCheck projects, DateTime now, Action<long> checkVersion, CancellationToken cancellationToken)
    {
        return TeamUpdate.ChangeAsync(db, teamId, checkVersion, async team =>
        {
            if (!team.IsManagedBy(caller))
            {
                throw new ForbiddenException("team.other-region", "Only the owning region can deploy its teams.");
            }

            await projects.EnsureApprovedAsync(request.ProjectId!.Value, cancellationToken);
            return team.Deploy(caller, request.ProjectId.Value, request.From!.Value, request.To, request.Task!, now);
        }, cancellationToken);
    }

    /// <summary>201 with the deployment; with an Idempotency-Key a retried request answers the first one again instead of deploying twice.</summary>
    public static Task<IResult> HandleAsync(
        Guid id, DeployTeamRequest request, CallerIdentity caller, TeamsDbContext db, ProjectApprovalCheck projects, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status201Created, async ct =>
        {
            var (team, deployment) = await ChangeAsync(db, id, request, caller, projects, now, v => ETags.CheckIfMatch(http.Request, v), ct);
            return (DeploymentResponse.Of(deployment), team.Version, $"/api/v1/teams/{id}/deployments/{deployment.Id}");
        });
    }
}
