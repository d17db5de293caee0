using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
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
        activities.MapPost("/", RecordAsync).Validate<ActivityRequest>().Produces<ActivityResponse>(StatusCodes.Status201Created);
        activities.MapGet("/", async (Guid id, string? area, int? year, AgreementsDbContext db, CancellationToken ct) =>
            (await ActivityQueries.ListAsync(db, id, area, year, ct)).Select(ActivityResponse.From).ToArray());
        activities.MapGet("/{activityId:guid}", async (Guid id, Guid activityId, AgreementsDbContext db, HttpResponse response, CancellationToken ct) =>
        {
            var activity = await ActivityQueries.GetAsync(db, id, activityId, ct);
            ETags.Set(response, activity.Version);
            return ActivityResponse.From(activity);
        });
        activities.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<ActivityRequest>();
        return routes;
    }

    /// <summary>201 with the activity; with an Idempotency-Key a retried recording answers the first one again instead of recording it twice.</summary>
    private static Task<IResult> RecordAsync(
        Guid id, ActivityRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status201Created, async ct =>
        {
            var activity = await ActivityRecording.AddAsync(db, id, caller, request.ToInput(), now, ct);
            return (ActivityResponse.From(activity), activity.Version, $"/api/v1/agreements/{id}/activities/{activity.Id}");
        });
    }

    /// <summary>201 when recorded now, 200 when corrected (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<ActivityUpsertResponse>, Ok<ActivityUpsertResponse>>> UpsertAsync(
        Guid id, string externalReference, ActivityRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (activity, outcome) = await ActivityUpsert.ApplyAsync(
            db,
            id,
            externalReference,
            request.ToInput(),
            caller,
            v => ETags.CheckIfMatch(http.Request, v),
            v => ETags.RequireIfMatch(http.Request, v),
            clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        ETags.Set(http.Response, activity.Version);
        var body = new ActivityUpsertResponse(outcome.ToString(), ActivityResponse.From(activity));
        return outcome == UpsertOutcome.Created ? TypedResults.Created($"/api/v1/agreements/{id}/activities/{activity.Id}", body) : TypedResults.Ok(body);
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
