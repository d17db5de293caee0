using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Activities;

/// <summary>Reads of activities, for the query use cases.</summary>
internal static class ActivityQueries
{
    public static async Task<Activity> GetAsync(AgreementsDbContext db, Guid agreementId, Guid activityId, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.AgreementId == agreementId, cancellationToken)
        ?? throw new NotFoundException("Activity", activityId.ToString());

    public static async Task<IReadOnlyList<Activity>> ListAsync(AgreementsDbContext db, Guid agreementId, string? area, int? year, CancellationToken cancellationToken)
    {
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

        return await query.OrderBy(a => a.Date).ThenBy(a => a.Id).Take(AgreementQueries.MaxPage).ToListAsync(cancellationToken);
    }
}
