using Corridor.Agreements.Activities.Queries;
using Corridor.Agreements.Activities.Recording;
using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Directory;
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
        activities.MapGet("/", async (Guid id, string? area, int? year, string? cursor, int? limit, UseCaseRunner useCases, IOrganDirectory directory, CancellationToken ct) =>
        {
            var page = await useCases.RunAsync(new ListActivities(id, area, year, cursor, limit), ct);
            return new ActivityPage(await directory.NamedAsync(page.Items.Select(ActivityResponse.From).ToArray(), ct), page.NextCursor);
        }).ProducesValidationProblem();
        activities.MapGet("/{activityId:guid}", async (Guid id, Guid activityId, UseCaseRunner useCases, IOrganDirectory directory, HttpContext http) =>
            http.Versioned(await directory.NamedAsync(ActivityResponse.From(await useCases.RunAsync(new GetActivity(id, activityId), http.RequestAborted)), http.RequestAborted)));
        activities.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        return routes;
    }

    /// <summary>201 with the activity; with an Idempotency-Key a retried recording answers the first one again instead of recording it twice.</summary>
    private static Task<IResult> RecordAsync(
        Guid id, ActivityRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, IOrganDirectory directory, HttpContext http) =>
        writes.RunAsync(
            http,
            caller,
            request,
            StatusCodes.Status201Created,
            async () => await directory.NamedAsync(ActivityResponse.From(await useCases.RunAsync(RecordActivity.From(id, request), http.RequestAborted)), http.RequestAborted),
            a => (a, a.Version, $"/api/v1/agreements/{id}/activities/{a.Id}"));

    /// <summary>201 when recorded now, 200 when corrected (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<ActivityUpsertResponse>, Ok<ActivityUpsertResponse>>> UpsertAsync(
        Guid id, string externalReference, ActivityRequest request, UseCaseRunner useCases, IOrganDirectory directory, HttpContext http)
    {
        var (activity, outcome) = await useCases.RunAsync(UpsertActivity.From(id, externalReference, IfMatch.Precondition(http.Request), request), http.RequestAborted);
        ETags.Set(http.Response, activity.Version);
        var body = new ActivityUpsertResponse(outcome.ToString(), await directory.NamedAsync(ActivityResponse.From(activity), http.RequestAborted));
        return outcome == UpsertOutcome.Created ? TypedResults.Created($"/api/v1/agreements/{id}/activities/{activity.Id}", body) : TypedResults.Ok(body);
    }
}
