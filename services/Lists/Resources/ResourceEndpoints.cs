using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Resources.Offering;
using Corridor.Lists.Resources.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Lists.Resources;

internal static class ResourceEndpoints
{
    public const string Path = "/api/v1/resources";

    public static IEndpointRouteBuilder MapResourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var resources = routes.MapGroup(Path).WithTags("Resources");
        resources.MapPost("/", CreateAsync).ProducesValidationProblem().Produces<ResourceResponse>(StatusCodes.Status201Created);
        resources.MapGet("/", ListAsync).ProducesValidationProblem();
        resources.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetResource(id), http.RequestAborted)));
        resources.MapPut("/{id:guid}", (Guid id, ResourceRequest? r, UseCaseRunner useCases, HttpContext http) => RunAsync(useCases, http, new UpdateResource(
            id, IfMatch.Precondition(http.Request), r?.Title, r?.Description, r?.Category, r?.Capacity, r?.Unit, r?.ValidFrom, r?.ValidTo, r?.ExternalReference)))
            .ProducesValidationProblem();
        resources.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawResourceRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new WithdrawResource(id, IfMatch.Precondition(http.Request), r?.Reason))).ProducesValidationProblem();
        resources.MapPost("/{id:guid}/exhaust", (Guid id, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ExhaustResource(id, IfMatch.Precondition(http.Request))));
        resources.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        return routes;
    }

    /// <summary>201 with the resource; with an Idempotency-Key a retried offer answers the first one again instead of offering a second resource.</summary>
    private static Task<IResult> CreateAsync(ResourceRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(http, caller, request, StatusCodes.Status201Created, () => useCases.RunAsync(OfferResource.From(request), http.RequestAborted), r =>
            (r, r.Version, $"{Path}/{r.Id}"));

    private static Task<ResourcePage> ListAsync(
        [FromQuery] string? region,
        [FromQuery] string? organ,
        [FromQuery] string? category,
        [FromQuery] string? status,
        [FromQuery] string? availableOn,
        [FromQuery] string? q,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        UseCaseRunner useCases,
        CancellationToken cancellationToken)
    {
        // A limit that is not a number is refused like an out-of-range one.
        int? size = string.IsNullOrEmpty(limit) ? null
            : int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : 0;
        return useCases.RunAsync(new ListResources(region, organ, category, status, availableOn, q, cursor, size), cancellationToken);
    }

    /// <summary>
    /// Create or update the caller region's record named by its own reference: 201 Created, 200 Updated (If-Match
    /// required) or 200 Unchanged (If-Match honoured when sent).
    /// </summary>
    private static async Task<Results<Created<ResourceUpsertResponse>, Ok<ResourceUpsertResponse>>> UpsertAsync(
        string externalReference, ResourceRequest? r, UseCaseRunner useCases, HttpContext http)
    {
        var body = http.Versioned(await useCases.RunAsync(
            new UpsertResource(
                externalReference, IfMatch.Precondition(http.Request), r?.Title, r?.Description, r?.Category, r?.Capacity, r?.Unit, r?.ValidFrom, r?.ValidTo,
                r?.ExternalReference),
            http.RequestAborted));
        return body.Outcome == nameof(ResourceUpsertOutcome.Created) ? TypedResults.Created($"{Path}/{body.Resource.Id}", body) : TypedResults.Ok(body);
    }

    private static async Task<ResourceResponse> RunAsync(UseCaseRunner useCases, HttpContext http, IUseCase<ResourceResponse> change) =>
        http.Versioned(await useCases.RunAsync(change, http.RequestAborted));
}
