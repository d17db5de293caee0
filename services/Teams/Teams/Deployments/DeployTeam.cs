using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

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
    public static Task<(Team Team, Deployment Deployment)> ApplyAsync(
        TeamsDbContext db, Guid teamId, DeployTeamRequest request, CallerIdentity caller, ProjectApprovalCheck projects, DateTime now, Action<long> checkVersion, CancellationToken cancellationToken)
    {
        return TeamUpdate.ApplyAsync(db, teamId, checkVersion, async team =>
        {
            if (!team.IsManagedBy(caller))
            {
                throw new ForbiddenException("team.other-region", "Only the owning region can deploy its teams.");
            }

            await projects.EnsureApprovedAsync(request.ProjectId!.Value, cancellationToken);
            return team.Deploy(caller, request.ProjectId.Value, request.From!.Value, request.To, request.Task!, now);
        }, cancellationToken);
    }

    public static async Task<Created<DeploymentResponse>> HandleAsync(
        Guid id,
        DeployTeamRequest request,
        CallerIdentity caller,
        TeamsDbContext db,
        ProjectApprovalCheck projects,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var (team, deployment) = await ApplyAsync(db, id, request, caller, projects, clock.GetUtcNow().UtcDateTime, v => ETags.CheckIfMatch(http.Request, v), cancellationToken);
        ETags.Set(http.Response, team.Version);
        return TypedResults.Created($"/api/v1/teams/{id}/deployments/{deployment.Id}", DeploymentResponse.Of(deployment));
    }
}
