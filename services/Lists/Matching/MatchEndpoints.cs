using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Matching.Commitments;
using Corridor.Lists.Matching.Proposals;

namespace Corridor.Lists.Matching;

internal static class MatchEndpoints
{
    public const string Path = "/api/v1/matches";

    public static IEndpointRouteBuilder MapMatchEndpoints(this IEndpointRouteBuilder routes)
    {
        var matches = routes.MapGroup(Path).WithTags("Matching");
        matches.MapPost("/", ProposeAsync).ProducesValidationProblem().Produces<MatchResponse>(StatusCodes.Status201Created);
        matches.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetMatch(id), http.RequestAborted)));
        matches.MapPost("/{id:guid}/accept", (Guid id, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new AcceptMatch(id, IfMatch.Precondition(http.Request))));
        matches.MapPost("/{id:guid}/decline", (Guid id, DeclineMatchRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new DeclineMatch(id, IfMatch.Precondition(http.Request), r?.Reason))).ProducesValidationProblem();
        matches.MapPost("/{id:guid}/release", (Guid id, ReleaseCommitmentRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ReleaseCommitment(id, IfMatch.Precondition(http.Request), r?.Reason))).ProducesValidationProblem();
        routes.MapGet("/api/v1/problems/{id:guid}/commitments", (Guid id, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListCommitments(id), ct)).WithTags("Matching");
        return routes;
    }

    /// <summary>201 with the match; with an Idempotency-Key a retried proposal answers the first one again instead of proposing it twice.</summary>
    private static Task<IResult> ProposeAsync(ProposeMatchRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(http, caller, request, StatusCodes.Status201Created, () => useCases.RunAsync(new ProposeMatch(request.ProblemId, request.ResourceId), http.RequestAborted), m =>
            (m, m.Version, $"{Path}/{m.Id}"));

    private static async Task<MatchResponse> RunAsync(UseCaseRunner useCases, HttpContext http, IUseCase<MatchResponse> change) =>
        http.Versioned(await useCases.RunAsync(change, http.RequestAborted));
}
