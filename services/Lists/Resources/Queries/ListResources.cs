using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using FluentValidation;

namespace Corridor.Lists.Resources.Queries;

/// <summary>
/// A page of resources in the order they were offered. AvailableOn (yyyy-MM-dd) keeps those that can still be taken
/// that day. The field names of refusals are the REST query parameters' (category, status, availableOn, q, limit, cursor).
/// </summary>
public sealed record ListResources(
    string? Region, string? Organ, string? Category, string? Status, string? AvailableOn, string? Q, string? Cursor, int? Limit)
    : IUseCase<ResourcePage>;

internal sealed class ListResourcesValidator : AbstractValidator<ListResources>
{
    public ListResourcesValidator()
    {
        RuleFor(r => r.Category).Must(c => string.IsNullOrEmpty(c) || ResourceCategories.Parse(c) is not null)
            .OverridePropertyName("category").WithMessage($"category must be one of: {ResourceCategories.Names}.");
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ResourceQuery.StatusOf(s) is not null)
            .OverridePropertyName("status").WithMessage($"status must be one of: {string.Join(", ", Enum.GetNames<ResourceStatus>())}.");
        RuleFor(r => r.AvailableOn).Must(d => string.IsNullOrEmpty(d) || ResourceQuery.DateOf(d) is not null)
            .OverridePropertyName("availableOn").WithMessage("availableOn must be a date (yyyy-MM-dd).");
        RuleFor(r => r.Q).SearchText().OverridePropertyName("q");
        RuleFor(r => r.Limit).PageSize().OverridePropertyName("limit").WithMessage($"limit must be between 1 and {ListFilter.MaxLimit}.");
    }
}

internal sealed class ListResourcesHandler(ListsDbContext db) : IUseCaseHandler<ListResources, ResourcePage>
{
    public async Task<ResourcePage> HandleAsync(ListResources request, CancellationToken cancellationToken)
    {
        var filter = new ResourceFilter(
            request.Region, request.Organ, string.IsNullOrEmpty(request.Category) ? null : ResourceCategories.Parse(request.Category),
            ResourceQuery.StatusOf(request.Status), ResourceQuery.DateOf(request.AvailableOn), request.Q?.Trim() is { Length: > 0 } q ? q : null);
        var page = await ResourceQuery.PageAsync(db, filter, ListFilter.Cursor(request.Cursor, "cursor"), request.Limit ?? ListFilter.DefaultLimit, cancellationToken);
        return await page.NamedAsync(db, cancellationToken);
    }
}
