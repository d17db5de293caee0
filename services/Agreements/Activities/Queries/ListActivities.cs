using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Activities.Queries;

/// <summary>
/// A page of an agreement's activities, by area and year (each optional; an unknown area does not filter), in date order:
/// ordered by (date, id), the cursor continues after the last activity of the previous page.
/// </summary>
public sealed record ListActivities(Guid AgreementId, string? Area, int? Year, string? Cursor = null, int? Limit = null) : IUseCase<KeysetPage<Activity>>
{
    public const string CursorScope = "ac";
}

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator()
    {
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Year).InclusiveBetween(1, 9999).OverridePropertyName("year").WithMessage("The year must be a calendar year from 1 to 9999.");
    }
}

internal sealed class ListActivitiesHandler(AgreementsDbContext db) : IUseCaseHandler<ListActivities, KeysetPage<Activity>>
{
    public Task<KeysetPage<Activity>> HandleAsync(ListActivities request, CancellationToken cancellationToken) =>
        ActivityQueries.ListAsync(db, request, cancellationToken);
}
