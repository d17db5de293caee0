using System.Globalization;
using Corridor.BuildingBlocks.Domain;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching;

internal static class SuggestionEndpoints
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapSuggestionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/problems/{id:guid}/suggestions", SuggestAsync).WithTags("Matching");
        return routes;
    }

    /// <summary>Available resources still valid today, best first, each with its score and reasons.</summary>
    private static async Task<IReadOnlyList<MatchSuggestion>> SuggestAsync(
        Guid id, [FromQuery] string? limit, ListsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var size = string.IsNullOrEmpty(limit) ? DefaultLimit
            : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= MaxLimit ? parsed
            : throw new ValidationException([new ValidationFailure("limit", $"limit must be between 1 and {MaxLimit}.")]);
        var problem = await db.Problems.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Problem", id.ToString());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var candidates = await db.Resources.AsNoTracking()
            .Where(r => r.Status == ResourceStatus.Available && r.ValidTo >= today)
            .ToListAsync(cancellationToken);
        return MatchScorer.Rank(MatchNeed.From(problem), candidates, today, size);
    }
}
