using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

internal static class TeamEndpoints
{
    public static IEndpointRouteBuilder MapTeamEndpoints(this IEndpointRouteBuilder routes)
    {
        var teams = routes.MapGroup("/api/v1/teams").WithTags("Teams");
        teams.MapPost("/", RegisterTeam.HandleAsync).Validate<RegisterTeamRequest>();
        teams.MapGet("/{id:guid}", GetAsync);
        teams.MapPost("/{id:guid}/deployments", DeployTeam.HandleAsync).Validate<DeployTeamRequest>();

        routes.MapGet("/api/v1/approved-projects", ListApprovedProjectsAsync).WithTags("Projects");
        return routes;
    }

    private static async Task<TeamResponse> GetAsync(Guid id, TeamsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Team", id.ToString());
        ETags.Set(response, team.Version);
        return TeamResponse.From(team);
    }

    private static async Task<IReadOnlyList<ApprovedProjectResponse>> ListApprovedProjectsAsync(TeamsDbContext db, CancellationToken cancellationToken) =>
        await db.ApprovedProjects.AsNoTracking()
            .OrderByDescending(p => p.ApprovedAt)
            .Take(200)
            .Select(p => new ApprovedProjectResponse(p.ProjectId, p.Title, p.LeadRegionCode, p.Revision, p.ApprovedAt))
            .ToListAsync(cancellationToken);
}

public sealed record ApprovedProjectResponse(Guid ProjectId, string Title, string LeadRegionCode, int Revision, DateTime ApprovedAt);
