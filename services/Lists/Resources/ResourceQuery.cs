using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Corridor.Lists.Resources;

/// <summary>One page of resources, ordered by (CreatedAt, Id), after an optional cursor.</summary>
public static class ResourceQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>As for problems and projects; a longer LIKE pattern could also exceed SQL Server's limit.</summary>
    public const int MaxSearchText = 200;

    public static async Task<ResourcePage> PageAsync(
        ListsDbContext db, ResourceFilter filter, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("limit", $"limit must be between 1 and {MaxLimit}.")]);
        }

        var query = Filtered(db.Resources.AsNoTracking(), db.Database, filter);
        if (after is { } cursor)
        {
            query = query.Where(r => r.CreatedAt > cursor.At || (r.CreatedAt == cursor.At && r.Id.CompareTo(cursor.Id) > 0));
        }

        var rows = await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(ResourceResponse.From).ToArray();
        var next = rows.Count > limit ? new PageCursor(rows[limit - 1].CreatedAt, rows[limit - 1].Id).Encode() : null;
        return new ResourcePage(items, next);
    }

    public static IQueryable<Resource> Filtered(IQueryable<Resource> query, DatabaseFacade database, ResourceFilter filter)
    {
        if (filter.Region is { Length: > 0 } region)
        {
            query = query.Where(r => r.RegionCode == region);
        }

        if (filter.Organ is { Length: > 0 } organ)
        {
            query = query.Where(r => r.OrganId == organ);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(r => r.Category == category);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        // "Available on a day" means it can still be taken then: Available, and the window covers the day.
        if (filter.AvailableOn is { } day)
        {
            query = query.Where(r => r.Status == ResourceStatus.Available && r.ValidFrom <= day && r.ValidTo >= day);
        }

        if (filter.Text is { Length: > 0 } text)
        {
            query = query.WhereContains(database, text, r => r.Title, r => r.Description, r => r.Unit);
        }

        return query;
    }

    public static ResourceCategory? ParseCategory(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null : ResourceCategories.Parse(value) ?? throw Invalid(field, $"{field} must be one of: {ResourceCategories.Names}.");

    public static ResourceStatus? ParseStatus(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : !value.Any(char.IsDigit) && Enum.TryParse<ResourceStatus>(value, ignoreCase: true, out var status) ? status
        : throw Invalid(field, $"{field} must be one of: {string.Join(", ", Enum.GetNames<ResourceStatus>())}.");

    public static string? ParseText(string? value, string field) =>
        value?.Trim() is not { Length: > 0 } text ? null
        : text.Length <= MaxSearchText ? text
        : throw Invalid(field, $"The search text is at most {MaxSearchText} characters.");

    public static DateOnly? ParseDate(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day
        : throw Invalid(field, $"{field} must be a date (yyyy-MM-dd).");

    public static Resource EnsureFound(Resource? resource, Guid id) => resource ?? throw new NotFoundException("Resource", id.ToString());

    private static FluentValidation.ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}
