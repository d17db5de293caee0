using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Activities;

/// <summary>Activities under /api/v1/agreements/{id}/activities: recorded by parties, read by every member.</summary>
internal static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder routes)
    {
        var activities = routes.MapGroup("/api/v1/agreements/{id:guid}/activities").WithTags("Activities");
        activities.MapPost("/", RecordAsync).Validate<ActivityRequest>();
        activities.MapGet("/", async (Guid id, string? area, int? year, AgreementsDbContext db, CancellationToken ct) =>
            (await ActivityQueries.ListAsync(db, id, area, year, ct)).Select(ActivityResponse.From).ToArray());
        activities.MapGet("/{activityId:guid}", async (Guid id, Guid activityId, AgreementsDbContext db, CancellationToken ct) =>
            ActivityResponse.From(await ActivityQueries.GetAsync(db, id, activityId, ct)));
        return routes;
    }

    private static async Task<Created<ActivityResponse>> RecordAsync(
        Guid id, ActivityRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var activity = await ActivityRecording.RecordAsync(db, id, caller, request.ToInput(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        ETags.Set(response, activity.Version);
        return TypedResults.Created($"/api/v1/agreements/{id}/activities/{activity.Id}", ActivityResponse.From(activity));
    }
}

/// <summary>Shared by REST and gRPC: the agreement is read, the activity checked against it and saved with its event.</summary>
internal static class ActivityRecording
{
    public static async Task<Activity> RecordAsync(AgreementsDbContext db, Guid agreementId, CallerIdentity caller, ActivityInput input, DateTime now, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, agreementId, cancellationToken);
        var activity = Activity.Record(agreement, caller, input, now);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }
}

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
