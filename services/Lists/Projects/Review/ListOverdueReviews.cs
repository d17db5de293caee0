using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Review;

/// <summary>Submitted projects past their review deadline: a coordinator's region's ones, or all for the secretariat.</summary>
public sealed record ListOverdueReviews : IUseCase<IReadOnlyList<ProjectSummary>>;

internal sealed class ListOverdueReviewsAuthorization(CallerIdentity caller) : ReviewerRule<ListOverdueReviews>(caller);

internal sealed class ListOverdueReviewsHandler(ListsDbContext db, ProjectWriter projects, CallerIdentity caller)
    : IUseCaseHandler<ListOverdueReviews, IReadOnlyList<ProjectSummary>>
{
    public Task<IReadOnlyList<ProjectSummary>> HandleAsync(ListOverdueReviews request, CancellationToken cancellationToken) =>
        ProjectQueries.OverdueReviewsAsync(db, caller, projects.Now, cancellationToken);
}
