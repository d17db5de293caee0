using System.Globalization;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Matching.Suggestions;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Lists.Matching;

internal static class SuggestionEndpoints
{
    public static IEndpointRouteBuilder MapSuggestionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/problems/{id:guid}/suggestions", (Guid id, [FromQuery] string? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new SuggestResources(id, Limit(limit)), ct)).WithTags("Matching").ProducesValidationProblem();
        return routes;
    }

    // A limit that is not a number is refused like an out-of-range one.
    private static int? Limit(string? limit) =>
        string.IsNullOrEmpty(limit) ? null : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
}
