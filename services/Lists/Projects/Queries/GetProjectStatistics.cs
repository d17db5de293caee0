using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Queries;

/// <summary>Project counts and budgets by region and status (the counting rule is part of the answer).</summary>
public sealed record GetProjectStatistics : IUseCase<ProjectStatisticsResponse>;

internal sealed class GetProjectStatisticsHandler(ListsDbContext db) : IUseCaseHandler<GetProjectStatistics, ProjectStatisticsResponse>
{
    public Task<ProjectStatisticsResponse> HandleAsync(GetProjectStatistics request, CancellationToken cancellationToken) =>
        ProjectStatistics.ComputeAsync(db, cancellationToken);
}
