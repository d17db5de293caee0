using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Review;

/// <summary>Submitted projects waiting for a party that can never approve under the current configuration, with those parties.</summary>
public sealed record ListBlockedReviews : IUseCase<IReadOnlyList<BlockedReview>>;

internal sealed class ListBlockedReviewsAuthorization(CallerIdentity caller) : ReviewerRule<ListBlockedReviews>(caller);

internal sealed class ListBlockedReviewsHandler(ListsDbContext db, ReviewPolicy policy) : IUseCaseHandler<ListBlockedReviews, IReadOnlyList<BlockedReview>>
{
    public Task<IReadOnlyList<BlockedReview>> HandleAsync(ListBlockedReviews request, CancellationToken cancellationToken) =>
        ProjectQueries.BlockedReviewsAsync(db, policy, cancellationToken);
}
