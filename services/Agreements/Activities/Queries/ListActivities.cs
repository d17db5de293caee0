using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Activities.Queries;

/// <summary>An agreement's activities, by area and year (each optional; an unknown area does not filter), in date order.</summary>
public sealed record ListActivities(Guid AgreementId, string? Area, int? Year) : IUseCase<IReadOnlyList<Activity>>;

internal sealed class ListActivitiesHandler(AgreementsDbContext db) : IUseCaseHandler<ListActivities, IReadOnlyList<Activity>>
{
    public Task<IReadOnlyList<Activity>> HandleAsync(ListActivities request, CancellationToken cancellationToken) =>
        ActivityQueries.ListAsync(db, request.AgreementId, request.Area, request.Year, cancellationToken);
}
