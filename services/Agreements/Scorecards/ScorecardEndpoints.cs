using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Reference;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Agreements.Scorecards;

/// <summary>
/// GET /api/v1/agreements/{id}/scorecard?year= (one agreement) and GET /api/v1/scorecards?year=&amp;region=
/// (a region, or the whole conference without region). The year defaults to the current one.
/// </summary>
internal static class ScorecardEndpoints
{
    public static IEndpointRouteBuilder MapScorecardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/agreements/{id:guid}/scorecard", (Guid id, int? year, AgreementsDbContext db, TimeProvider clock, CancellationToken ct) =>
            ScorecardQueries.ForAgreementAsync(db, id, Year(year, clock), ct)).WithTags("Scorecards");
        routes.MapGet("/api/v1/scorecards", (int? year, string? region, AgreementsDbContext db, TimeProvider clock, CancellationToken ct) =>
            ScorecardQueries.RollUpAsync(db, Region(region), Year(year, clock), ct)).WithTags("Scorecards");
        return routes;
    }

    public static int Year(int? year, TimeProvider clock) => year switch
    {
        null => clock.GetUtcNow().Year,
        >= 2000 and <= 2100 => year.Value,
        _ => throw new ValidationException([new ValidationFailure("year", "The year must be between 2000 and 2100.")]),
    };

    public static string? Region(string? region) => string.IsNullOrEmpty(region) ? null
        : CorridorRegions.IsMember(region) ? region
        : throw new ValidationException([new ValidationFailure("region", "The region must be the GB/T 2260 code of a corridor member region.")]);
}
