using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Statistics;

internal static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapTeamStatistics(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/teams/statistics", (DateOnly? on, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetTeamStatistics(on), ct)).WithTags("Teams").ProducesValidationProblem();
        return routes;
    }
}
