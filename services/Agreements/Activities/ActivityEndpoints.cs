using Corridor.Agreements.Activities.Queries;
using Corridor.Agreements.Activities.Recording;
using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Agreements.Activities;

/// <summary>Activities under /api/v1/agreements/{id}/activities: recorded by parties, read by every member.</summary>
internal static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder routes)
    {
        var activities = routes.MapGroup("/api/v1/agreements/{id:guid}/activities").WithTags("Activities");
        activities.MapPost("/", RecordAsync).ProducesValidationProblem().Produces<ActivityResponse>(StatusCodes.Status201Created);
        activities.MapGet("/", async (Guid id, string? area, int? year, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
        {
            var page = await useCases.RunAsync(new ListActivities(id, area, year, cursor, limit), ct);
            return new ActivityPage(page.Items.Select(ActivityResponse.From).ToArray(), page.NextCursor);
        }).ProducesValidationProblem();
        activities.MapGet("/{activityId:guid}", async (Guid id, Guid activityId, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(ActivityResponse.From(await useCases.RunAsync(new GetActivity(id, activityId), http.RequestAborted))));
        activities.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        return routes;
    }

    /// <summary>201 with the activity; with an Idempotency-Key a retried recording answers the first one again instead of recording it twice.</summary>
    private static Task<IResult> RecordAsync(Guid id, ActivityRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(http, caller, request, StatusCodes.Status201Created, () => useCases.RunAsync(RecordActivity.From(id, request), http.RequestAborted), a =>
            (ActivityResponse.From(a), a.Version, $"/api/v1/agreements/{id}/activities/{a.Id}"));

    /// <summary>201 when recorded now, 200 when corrected (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<ActivityUpsertResponse>, Ok<ActivityUpsertResponse>>> UpsertAsync(
        Guid id, string externalReference, ActivityRequest request, UseCaseRunner useCases, HttpContext http)
    {
        var (activity, outcome) = await useCases.RunAsync(UpsertActivity.From(id, externalReference, IfMatch.Precondition(http.Request), request), http.RequestAborted);
        ETags.Set(http.Response, activity.Version);
        var body = new ActivityUpsertResponse(outcome.ToString(), ActivityResponse.From(activity));
        return outcome == UpsertOutcome.Created ? TypedResults.Created($"/api/v1/agreements/{id}/activities/{activity.Id}", body) : TypedResults.Ok(body);
    }
}
