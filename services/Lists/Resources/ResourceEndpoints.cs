using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Resources;

internal static class ResourceEndpoints
{
    public const string Path = "/api/v1/resources";

    public static IEndpointRouteBuilder MapResourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var resources = routes.MapGroup(Path).WithTags("Resources");
        resources.MapPost("/", CreateAsync).Validate<ResourceRequest>().Produces<ResourceResponse>(StatusCodes.Status201Created);
        resources.MapGet("/", ListAsync);
        resources.MapGet("/{id:guid}", GetAsync);
        resources.MapPut("/{id:guid}", UpdateAsync).Validate<ResourceRequest>();
        resources.MapPost("/{id:guid}/withdraw", WithdrawAsync).Validate<WithdrawResourceRequest>();
        resources.MapPost("/{id:guid}/exhaust", ExhaustAsync);
        resources.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<ResourceRequest>();
        return routes;
    }

    /// <summary>Idempotency-Key honoured: the same key and body replay the first answer, another body is 422.</summary>
    private static Task<IResult> CreateAsync(ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, async () =>
        {
            var resource = await ResourceCommands.AddAsync(db, request.ToInput(), caller, now, http.RequestAborted);
            return ($"{Path}/{resource.Id}", resource.Version, ResourceResponse.From(resource));
        });
    }

    private static async Task<ResourceResponse> GetAsync(Guid id, ListsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var resource = ResourceQuery.EnsureFound(await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken), id);
        ETags.Set(response, resource.Version);
        return ResourceResponse.From(resource);
    }

    private static Task<ResourcePage> ListAsync(
        ListsDbContext db,
        [FromQuery] string? region,
        [FromQuery] string? organ,
        [FromQuery] string? category,
        [FromQuery] string? status,
        [FromQuery] string? availableOn,
        [FromQuery] string? q,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        CancellationToken cancellationToken)
    {
        var filter = new ResourceFilter(
            region, organ, ResourceQuery.ParseCategory(category, "category"), ResourceQuery.ParseStatus(status, "status"),
            ResourceQuery.ParseDate(availableOn, "availableOn"), ResourceQuery.ParseText(q, "q"));
        var size = string.IsNullOrEmpty(limit) ? ResourceQuery.DefaultLimit
            : int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : 0;
        return ResourceQuery.PageAsync(db, filter, PageCursor.Decode(cursor, "cursor"), size, cancellationToken);
    }

    /// <summary>Replaces the content: If-Match is required (428 without it, 412 when stale).</summary>
    private static Task<ResourceResponse> UpdateAsync(
        Guid id, ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, IfMatch.Precondition(http.Request).Required, r => r.Update(request.ToInput(), caller, clock.GetUtcNow().UtcDateTime), cancellationToken);

    private static Task<ResourceResponse> WithdrawAsync(
        Guid id, WithdrawResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, IfMatch.Precondition(http.Request), r => r.Withdraw(caller, request.Reason!.Trim(), clock.GetUtcNow().UtcDateTime), cancellationToken);

    private static Task<ResourceResponse> ExhaustAsync(
        Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, IfMatch.Precondition(http.Request), r => r.MarkExhausted(caller, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>
    /// Create or update the caller region's record named by its own reference: 201 Created, 200 Updated (If-Match
    /// required) or 200 Unchanged (If-Match honoured when sent).
    /// </summary>
    private static async Task<Results<Created<ResourceUpsertResponse>, Ok<ResourceUpsertResponse>>> UpsertAsync(
        string externalReference, ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (resource, outcome) = await ResourceCommands.UpsertAsync(
            db, externalReference, request, caller, IfMatch.Precondition(http.Request), clock.GetUtcNow().UtcDateTime, cancellationToken);
        ETags.Set(http.Response, resource.Version);
        var body = new ResourceUpsertResponse(outcome.ToString(), ResourceResponse.From(resource));
        return outcome == ResourceUpsertOutcome.Created
            ? TypedResults.Created($"{Path}/{resource.Id}", body)
            : TypedResults.Ok(body);
    }

    private static async Task<ResourceResponse> ChangeAsync(
        ListsDbContext db, Guid id, HttpContext http, VersionPrecondition precondition, Action<Resource> change, CancellationToken cancellationToken)
    {
        var resource = await ResourceCommands.ChangeAsync(db, id, precondition.Check, change, cancellationToken);
        ETags.Set(http.Response, resource.Version);
        return ResourceResponse.From(resource);
    }
}
