using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Matching;

internal static class MatchEndpoints
{
    public const string Path = "/api/v1/matches";

    public static IEndpointRouteBuilder MapMatchEndpoints(this IEndpointRouteBuilder routes)
    {
        var matches = routes.MapGroup(Path).WithTags("Matching");
        matches.MapPost("/", ProposeAsync).Validate<ProposeMatchRequest>().Produces<MatchResponse>(StatusCodes.Status201Created);
        matches.MapGet("/{id:guid}", GetAsync);
        matches.MapPost("/{id:guid}/accept", (Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            AnswerAsync(http, MatchCommands.AcceptAsync(db, id, IfMatch(http), caller, Now(clock), ct)));
        matches.MapPost("/{id:guid}/decline", (Guid id, DeclineMatchRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            AnswerAsync(http, MatchCommands.DeclineAsync(db, id, IfMatch(http), r.Reason!, caller, Now(clock), ct))).Validate<DeclineMatchRequest>();
        matches.MapPost("/{id:guid}/release", (Guid id, ReleaseCommitmentRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            AnswerAsync(http, MatchCommands.ReleaseAsync(db, id, IfMatch(http), r.Reason!, caller, Now(clock), ct))).Validate<ReleaseCommitmentRequest>();
        routes.MapGet("/api/v1/problems/{id:guid}/commitments", async (Guid id, ListsDbContext db, CancellationToken ct) =>
            (await MatchCommands.CommitmentsAsync(db, id, ct)).Select(MatchResponse.From).ToList()).WithTags("Matching");
        return routes;
    }

    /// <summary>Idempotency-Key honoured: the same key and body replay the first answer, another body is 422.</summary>
    private static Task<IResult> ProposeAsync(ProposeMatchRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = Now(clock);
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, async () =>
        {
            var match = await MatchCommands.AddAsync(db, request.ProblemId!.Value, request.ResourceId!.Value, caller, now, http.RequestAborted);
            return ($"{Path}/{match.Id}", match.Version, MatchResponse.From(match));
        });
    }

    private static async Task<MatchResponse> GetAsync(Guid id, ListsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var match = await MatchCommands.GetAsync(db, id, cancellationToken);
        ETags.Set(response, match.Version);
        return MatchResponse.From(match);
    }

    private static async Task<MatchResponse> AnswerAsync(HttpContext http, Task<Match> change)
    {
        var match = await change;
        ETags.Set(http.Response, match.Version);
        return MatchResponse.From(match);
    }

    private static Action<long> IfMatch(HttpContext http) => version => ETags.CheckIfMatch(http.Request, version);

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
