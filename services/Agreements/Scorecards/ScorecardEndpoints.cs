using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Scorecards;

/// <summary>
/// GET /api/v1/agreements/{id}/scorecard?year= (one agreement) and GET /api/v1/scorecards?year=&amp;region=
/// (a region, or the whole conference without region). The year defaults to the current one.
/// </summary>
internal static class ScorecardEndpoints
{
    public static IEndpointRouteBuilder MapScorecardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/agreements/{id:guid}/scorecard", (Guid id, int? year, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetScorecard(id, year), ct)).WithTags("Scorecards").ProducesValidationProblem();
        routes.MapGet("/api/v1/scorecards", (int? year, string? region, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetRollUp(region, year), ct)).WithTags("Scorecards").ProducesValidationProblem();
        return routes;
    }
}
