using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder routes)
    {
        var projects = routes.MapGroup("/api/v1/projects").WithTags("Projects");
        projects.MapPost("/", CreateProject.HandleAsync).Validate<CreateProjectRequest>();
        projects.MapGet("/{id:guid}", GetAsync);
        projects.MapPost("/{id:guid}/submit", SubmitProject.HandleAsync);
        projects.MapPost("/{id:guid}/approvals", ApproveProject.HandleAsync).Validate<ApproveProjectRequest>()
            .RequireAuthorization(CorridorPolicies.Reviewer);
        return routes;
    }

    private static async Task<ProjectResponse> GetAsync(Guid id, ListsDbContext db, ReviewPolicy policy, HttpResponse response, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Project", id.ToString());
        ETags.Set(response, project.Version);
        return ProjectResponse.From(project, policy);
    }
}
