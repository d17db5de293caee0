using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Drafting;
using Corridor.Lists.Projects.Execution;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder routes)
    {
        var projects = routes.MapGroup("/api/v1/projects").WithTags("Projects");
        projects.MapGet("/", (string? status, string? region, Guid? agreement, string? category, bool? flagged, string? q, string? cursor, int? limit, ProjectAnswer answer, CancellationToken ct) =>
            ProjectQueries.ListAsync(answer.Db, new ProjectFilter(status, region, agreement, category, flagged, q, cursor, limit), answer.Now, ct));
        projects.MapGet("/statistics", (ListsDbContext db, CancellationToken ct) => ProjectStatistics.ComputeAsync(db, ct));
        projects.MapGet("/{id:guid}", GetAsync);
        projects.MapDrafting();
        projects.MapReview();
        projects.MapExecution();
        return routes;
    }

    private static async Task<ProjectResponse> GetAsync(Guid id, ProjectAnswer answer, HttpContext http) =>
        await answer.AnswerAsync(http, await ProjectQueries.GetAsync(answer.Db, id, http.RequestAborted));
}
