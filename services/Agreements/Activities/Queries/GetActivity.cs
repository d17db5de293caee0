using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Activities.Queries;

/// <summary>One activity of an agreement.</summary>
public sealed record GetActivity(Guid AgreementId, Guid ActivityId) : IUseCase<Activity>;

internal sealed class GetActivityHandler(AgreementsDbContext db) : IUseCaseHandler<GetActivity, Activity>
{
    public Task<Activity> HandleAsync(GetActivity request, CancellationToken cancellationToken) =>
        ActivityQueries.GetAsync(db, request.AgreementId, request.ActivityId, cancellationToken);
}
