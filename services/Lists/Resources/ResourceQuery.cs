using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Corridor.Lists.Resources;

/// <summary>One page of resources, ordered by (CreatedAt, Id), after an optional cursor.</summary>
public static class ResourceQuery
{
    public const int DefaultLimit = ListFilter.DefaultLimit;
    public const int MaxLimit = ListFilter.MaxLimit;

    /// <summary>The page after <paramref name="after"/>; the query's validator has checked <paramref name="limit"/>.</summary>
    public static async Task<ResourcePage> PageAsync(
        ListsDbContext db, ResourceFilter filter, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var rows = await Filtered(db.Resources.AsNoTracking(), db.Database, filter)
            .PageAfter(r => r.CreatedAt, r => r.Id, after, limit)
            .ToListAsync(cancellationToken);
        var page = KeysetPaging.Cut(rows, limit, r => new PageCursor(r.CreatedAt, r.Id), ResourceResponse.From);
        return new ResourcePage(page.Items, page.NextCursor);
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

    /// <summary>The status named (case-insensitive, no numbers), or null.</summary>
    public static ResourceStatus? StatusOf(string? value) =>
        !string.IsNullOrEmpty(value) && !value.Any(char.IsDigit) && Enum.TryParse<ResourceStatus>(value, ignoreCase: true, out var status) ? status : null;

    /// <summary>The day written yyyy-MM-dd, or null.</summary>
    public static DateOnly? DateOf(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    public static Resource EnsureFound(Resource? resource, Guid id) => resource ?? throw new NotFoundException("Resource", id.ToString());
}
