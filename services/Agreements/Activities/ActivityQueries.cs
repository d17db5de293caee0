using Corridor.Agreements.Activities.Queries;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Activities;

/// <summary>Reads of activities, for the query use cases.</summary>
internal static class ActivityQueries
{
    public static async Task<Activity> GetAsync(AgreementsDbContext db, Guid agreementId, Guid activityId, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.AgreementId == agreementId, cancellationToken)
        ?? throw new NotFoundException("Activity", activityId.ToString());

    public static async Task<KeysetPage<Activity>> ListAsync(AgreementsDbContext db, ListActivities filter, CancellationToken cancellationToken)
    {
        var (agreementId, area, year) = (filter.AgreementId, filter.Area, filter.Year);
        var after = ListFilter.Cursor(filter.Cursor, "cursor", ListActivities.CursorScope);
        var limit = filter.Limit ?? ListFilter.DefaultLimit;
        await AgreementQueries.GetAsync(db, agreementId, cancellationToken);
        var query = db.Activities.AsNoTracking().Where(a => a.AgreementId == agreementId);
        if (Enum.TryParse<CooperationArea>(area, ignoreCase: true, out var wanted))
        {
            query = query.Where(a => a.Area == wanted);
        }

        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(a => a.Date >= from && a.Date <= to);
        }

        if (after is { } cursor)
        {
            // Keyset on (date, id), the order of the list: the page continues strictly after the cursor's activity.
            var (date, id) = (DateOnly.FromDateTime(cursor.At), cursor.Id);
            query = query.Where(a => a.Date > date || (a.Date == date && a.Id > id));
        }

        var rows = await query.OrderBy(a => a.Date).ThenBy(a => a.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new PageCursor(rows[limit - 1].Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), rows[limit - 1].Id).Encode(ListActivities.CursorScope) : null;
        return new KeysetPage<Activity>(rows.Take(limit).ToArray(), next);
    }
}
