using Corridor.BuildingBlocks.Domain;
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
        var input = request.ToInput();
        if (input.ExternalReference is { } reference
            && await db.Resources.AnyAsync(r => r.RegionCode == caller.Region && r.ExternalReference == reference, cancellationToken))
        {
            throw new DomainRuleException("resource.duplicate-reference", $"Your region already has a resource with external reference '{reference}'; update it with PUT {Path}/by-ref/{{externalReference}}.");
        }

        var resource = Resource.Offer(input, caller, clock.GetUtcNow().UtcDateTime);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
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
        return ResourceQuery.PageAsync(db, filter, string.IsNullOrEmpty(cursor) ? null : ResourceCursor.Decode(cursor), size, cancellationToken);
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
        var reference = externalReference.Trim();
        if (reference.Length is 0 or > ResourceRequestValidator.MaxExternalReferenceLength)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(
                nameof(externalReference), $"The external reference must be 1 to {ResourceRequestValidator.MaxExternalReferenceLength} characters.")]);
        }

        if (request.ExternalReference is { Length: > 0 } inBody && inBody.Trim() != reference)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(
                nameof(request.ExternalReference), "The body names another external reference than the address.")]);
        }

        var input = request.ToInput() with { ExternalReference = reference };
        var existing = await db.Resources.SingleOrDefaultAsync(r => r.RegionCode == caller.Region && r.ExternalReference == reference, cancellationToken);
        if (existing is not null)
        {
            ETags.CheckIfMatch(http.Request, existing.Version);
        }

        var (resource, outcome) = await ResourceUpsert.ApplyAsync(db, input, caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, resource.Version);
        var body = new ResourceUpsertResponse(outcome.ToString(), ResourceResponse.From(resource));
        return outcome == ResourceUpsertOutcome.Created
            ? TypedResults.Created($"{Path}/{resource.Id}", body)
            : TypedResults.Ok(body);
    }

    /// <summary>Load, check If-Match, apply one domain operation, save (with its events), answer with the new ETag.</summary>
    private static async Task<ResourceResponse> ChangeAsync(
        ListsDbContext db, Guid id, HttpContext http, Action<Resource> change, CancellationToken cancellationToken)
    {
        var resource = ResourceQuery.EnsureFound(await db.Resources.SingleOrDefaultAsync(r => r.Id == id, cancellationToken), id);
        ETags.CheckIfMatch(http.Request, resource.Version);
        change(resource);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, resource.Version);
        return ResourceResponse.From(resource);
    }
}
