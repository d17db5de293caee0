using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Projects;

/// <summary>Teams' own read model of the approved projects over REST.</summary>
internal static class ApprovedProjectEndpoints
{
    public static IEndpointRouteBuilder MapApprovedProjects(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/approved-projects", (string? status, string? region, string? q, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListApprovedProjects(status, region, q, cursor, limit), ct)).WithTags("Projects").ProducesValidationProblem();
        return routes;
    }
}
