using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

public sealed record DeployTeamRequest(Guid? ProjectId, DateOnly? From, DateOnly? To, string? Task);

public sealed class DeployTeamValidator : AbstractValidator<DeployTeamRequest>
{
    public DeployTeamValidator()
    {
        RuleFor(r => r.ProjectId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.From).NotNull();
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.To is not null && r.From is not null)
            .WithMessage("A deployment cannot end before it starts.");
        RuleFor(r => r.Task).NotEmpty().MaximumLength(2000);
    }
}

internal static class DeployTeam
{
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
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Team", id.ToString());
        if (team.RegionCode != caller.Region)
        {
            throw new ForbiddenException("team.other-region", "Only the owning region can deploy its teams.");
        }

        ETags.CheckIfMatch(http.Request, team.Version);
        await projects.EnsureApprovedAsync(request.ProjectId!.Value, cancellationToken);

        var deployment = team.Deploy(request.ProjectId.Value, request.From!.Value, request.To, request.Task!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, team.Version);
        return TypedResults.Created($"/api/v1/teams/{team.Id}/deployments/{deployment.Id}", DeploymentResponse.Of(deployment));
    }
}
