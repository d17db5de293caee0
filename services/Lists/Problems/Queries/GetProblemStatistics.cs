using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Problems.Queries;

/// <summary>Supervision figures over [From, To] (defaults: the year up to today); see <see cref="ProblemStatistics.Rule"/>.</summary>
public sealed record GetProblemStatistics(DateOnly? From, DateOnly? To) : IUseCase<ProblemStatisticsResponse>;

internal sealed class GetProblemStatisticsHandler(ListsDbContext db, TimeProvider clock) : IUseCaseHandler<GetProblemStatistics, ProblemStatisticsResponse>
{
    public Task<ProblemStatisticsResponse> HandleAsync(GetProblemStatistics request, CancellationToken cancellationToken) =>
        ProblemStatistics.ComputeAsync(db, request.From, request.To, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
