using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.DirectoryService.Regions;

public sealed record JoinRegionRequest(DateOnly? JoinedOn, string? Role);

public sealed record LeaveRegionRequest(DateOnly? LeftOn);

/// <summary>The GB/T 2260 table and the conference membership over REST; each route translates to its use case. The ETag is the latest period's version.</summary>
internal static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionEndpoints(this IEndpointRouteBuilder routes)
    {
        var regions = routes.MapGroup("/api/v1/regions").WithTags("Regions");
        regions.MapGet("/", (string? parent, string? q, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListRegions(parent, q), ct))
            .ProducesValidationProblem();
        regions.MapGet("/members", (DateOnly? asOf, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListMemberRegions(asOf), ct));
        regions.MapGet("/{code}", async (string code, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetRegion(code), http.RequestAborted))).ProducesValidationProblem();
        regions.MapPost("/{code}/join", JoinAsync).ProducesValidationProblem().Produces<RegionResponse>();
        regions.MapPost("/{code}/leave", async (string code, LeaveRegionRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new LeaveRegion(code, IfMatch.Precondition(http.Request), r?.LeftOn), http.RequestAborted)))
            .ProducesValidationProblem();
        return routes;
    }

    /// <summary>200 with the region; with an Idempotency-Key a retried join answers the first one again.</summary>
    private static Task<IResult> JoinAsync(string code, JoinRegionRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status200OK,
            () => useCases.RunAsync(new JoinRegion(code, IfMatch.Precondition(http.Request), r?.JoinedOn, r?.Role), http.RequestAborted),
            region => (region, region.Version, $"/api/v1/regions/{region.Code}"));
}
