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
        routes.MapGet("/api/v1/problems/{id:guid}/suggestions", SuggestForRequestAsync).WithTags("Matching");
        return routes;
    }

    private static Task<IReadOnlyList<MatchSuggestion>> SuggestForRequestAsync(
        Guid id, [FromQuery] string? limit, ListsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var size = string.IsNullOrEmpty(limit) ? DefaultLimit
            : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : 0;
        return SuggestAsync(db, id, size, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    /// <summary>Available resources still valid today, best first, each with its score and reasons.</summary>
    public static async Task<IReadOnlyList<MatchSuggestion>> SuggestAsync(ListsDbContext db, Guid problemId, int limit, DateOnly today, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new ValidationException([new ValidationFailure("limit", $"limit must be between 1 and {MaxLimit}.")]);
        }

        var problem = await db.Problems.AsNoTracking().SingleOrDefaultAsync(p => p.Id == problemId, cancellationToken)
            ?? throw new NotFoundException("Problem", problemId.ToString());
        var candidates = await db.Resources.AsNoTracking()
            .Where(r => r.Status == ResourceStatus.Available && r.ValidTo >= today)
            .ToListAsync(cancellationToken);
        var pending = await db.Matches.AsNoTracking()
            .Where(m => m.ProblemId == problemId && m.Status == MatchStatus.Proposed)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ResourceId, m.Id })
            .ToListAsync(cancellationToken);
        var pendingByResource = pending.DistinctBy(m => m.ResourceId).ToDictionary(m => m.ResourceId, m => m.Id);
        return MatchScorer.Rank(MatchNeed.From(problem), candidates, today, limit)
            .Select(s => pendingByResource.TryGetValue(s.Resource.Id, out var matchId) ? s with { PendingMatchId = matchId } : s)
            .ToList();
    }
}
