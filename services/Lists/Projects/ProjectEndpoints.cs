using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Projects.Drafting;
using Corridor.Lists.Projects.Execution;
using Corridor.Lists.Projects.Queries;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder routes)
    {
        var projects = routes.MapGroup("/api/v1/projects").WithTags("Projects");
        projects.MapGet("/", (string? status, string? region, Guid? agreement, string? category, bool? flagged, string? q, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListProjects(status, region, agreement, category, flagged, q, cursor, limit), ct))
            .ProducesValidationProblem();
        projects.MapGet("/statistics", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetProjectStatistics(), ct));
        projects.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetProject(id), http.RequestAborted)));
        projects.MapDrafting();
        projects.MapReview();
        projects.MapExecution();
        return routes;
    }
}
