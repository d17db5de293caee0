using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Activities.Queries;

/// <summary>An agreement's activities, by area and year (each optional; an unknown area does not filter), in date order.</summary>
public sealed record ListActivities(Guid AgreementId, string? Area, int? Year) : IUseCase<IReadOnlyList<Activity>>;

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator() =>
        RuleFor(r => r.Year).InclusiveBetween(1, 9999).OverridePropertyName("year").WithMessage("The year must be a calendar year from 1 to 9999.");
}

internal sealed class ListActivitiesHandler(AgreementsDbContext db) : IUseCaseHandler<ListActivities, IReadOnlyList<Activity>>
{
    public Task<IReadOnlyList<Activity>> HandleAsync(ListActivities request, CancellationToken cancellationToken) =>
        ActivityQueries.ListAsync(db, request.AgreementId, request.Area, request.Year, cancellationToken);
}
