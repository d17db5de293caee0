using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Review;

/// <summary>The caller's review queue: submitted projects whose current round still waits for the caller's party, oldest deadline first.</summary>
public sealed record GetReviewQueue : IUseCase<IReadOnlyList<ProjectSummary>>;

internal sealed class GetReviewQueueAuthorization(CallerIdentity caller) : ReviewerRule<GetReviewQueue>(caller);

internal sealed class GetReviewQueueHandler(ListsDbContext db, ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<GetReviewQueue, IReadOnlyList<ProjectSummary>>
{
    public Task<IReadOnlyList<ProjectSummary>> HandleAsync(GetReviewQueue request, CancellationToken cancellationToken) =>
        ProjectQueries.ReviewQueueAsync(db, caller, projects.Policy, projects.Now, cancellationToken);
}
