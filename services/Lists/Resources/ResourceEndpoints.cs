using Corridor.BuildingBlocks.Security;
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
        resources.MapPost("/", CreateAsync).Validate<ResourceRequest>();
        resources.MapGet("/", ListAsync);
        resources.MapGet("/{id:guid}", GetAsync);
        resources.MapPut("/{id:guid}", UpdateAsync).Validate<ResourceRequest>();
        resources.MapPost("/{id:guid}/withdraw", WithdrawAsync).Validate<WithdrawResourceRequest>();
        resources.MapPost("/{id:guid}/exhaust", ExhaustAsync);
        resources.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<ResourceRequest>();
        return routes;
    }

    private static async Task<Created<ResourceResponse>> CreateAsync(
        ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var resource = await ResourceCommands.OfferAsync(db, request.ToInput(), caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
        ETags.Set(response, resource.Version);
        return TypedResults.Created($"{Path}/{resource.Id}", ResourceResponse.From(resource));
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
            ResourceQuery.ParseDate(availableOn, "availableOn"), q?.Trim());
        var size = string.IsNullOrEmpty(limit) ? ResourceQuery.DefaultLimit
            : int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : 0;
        return ResourceQuery.PageAsync(db, filter, PageCursor.Decode(cursor, "cursor"), size, cancellationToken);
    }

    private static Task<ResourceResponse> UpdateAsync(
        Guid id, ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, r => r.Update(request.ToInput(), caller, clock.GetUtcNow().UtcDateTime), cancellationToken);

    private static Task<ResourceResponse> WithdrawAsync(
        Guid id, WithdrawResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, r => r.Withdraw(caller, request.Reason!.Trim(), clock.GetUtcNow().UtcDateTime), cancellationToken);

    private static Task<ResourceResponse> ExhaustAsync(
        Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, r => r.MarkExhausted(caller, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>Create or update the caller region's record named by its own reference: 201 Created, 200 Updated or 200 Unchanged.</summary>
    private static async Task<Results<Created<ResourceUpsertResponse>, Ok<ResourceUpsertResponse>>> UpsertAsync(
        string externalReference, ResourceRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (resource, outcome) = await ResourceCommands.UpsertAsync(
            db, externalReference, request, caller, v => ETags.CheckIfMatch(http.Request, v), clock.GetUtcNow().UtcDateTime, cancellationToken);
        ETags.Set(http.Response, resource.Version);
        var body = new ResourceUpsertResponse(outcome.ToString(), ResourceResponse.From(resource));
        return outcome == ResourceUpsertOutcome.Created
            ? TypedResults.Created($"{Path}/{resource.Id}", body)
            : TypedResults.Ok(body);
    }

    private static async Task<ResourceResponse> ChangeAsync(
        ListsDbContext db, Guid id, HttpContext http, Action<Resource> change, CancellationToken cancellationToken)
    {
        var resource = await ResourceCommands.ChangeAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), change, cancellationToken);
        ETags.Set(http.Response, resource.Version);
        return ResourceResponse.From(resource);
    }
}
