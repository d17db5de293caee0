using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching.Suggestions;

/// <summary>
/// Available resources still valid today that could meet the problem, best first, each with its score and reasons; of at
/// most <see cref="MatchingOptions.SuggestionScanLimit"/> candidates (see <see cref="SuggestionCandidates"/>).
/// </summary>
public sealed record SuggestResources(Guid ProblemId, int? Limit) : IUseCase<IReadOnlyList<MatchSuggestion>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed class SuggestResourcesValidator : AbstractValidator<SuggestResources>
{
    public SuggestResourcesValidator() =>
        RuleFor(r => r.Limit).PageSize(SuggestResources.MaxLimit).OverridePropertyName("limit").WithMessage($"limit must be between 1 and {SuggestResources.MaxLimit}.");
}

internal sealed class SuggestResourcesHandler(ListsDbContext db, TimeProvider clock, MatchingOptions options)
    : IUseCaseHandler<SuggestResources, IReadOnlyList<MatchSuggestion>>
{
    public async Task<IReadOnlyList<MatchSuggestion>> HandleAsync(SuggestResources request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problem = await db.Problems.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(p => p.Id == request.ProblemId, cancellationToken)
            ?? throw new NotFoundException("Problem", request.ProblemId.ToString());
        var need = MatchNeed.From(problem);
        var candidates = await SuggestionCandidates.LoadAsync(db, need, today, options.SuggestionScanLimit, cancellationToken);
        var pending = await db.Matches.AsNoTracking()
            .Where(m => m.ProblemId == request.ProblemId && m.Status == MatchStatus.Proposed)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ResourceId, m.Id })
            .ToListAsync(cancellationToken);
        var pendingByResource = pending.DistinctBy(m => m.ResourceId).ToDictionary(m => m.ResourceId, m => m.Id);
        IReadOnlyList<MatchSuggestion> suggestions = MatchScorer.Rank(need, candidates, today, request.Limit ?? SuggestResources.DefaultLimit)
            .Select(s => pendingByResource.TryGetValue(s.Resource.Id, out var matchId) ? s with { PendingMatchId = matchId } : s)
            .ToList();
        return await suggestions.NamedAsync(db, cancellationToken);
    }
}
