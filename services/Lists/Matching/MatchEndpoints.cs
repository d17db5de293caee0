using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching;

internal static class MatchEndpoints
{
    public const string Path = "/api/v1/matches";

    public static IEndpointRouteBuilder MapMatchEndpoints(this IEndpointRouteBuilder routes)
    {
        var matches = routes.MapGroup(Path).WithTags("Matching");
        matches.MapPost("/", ProposeAsync).Validate<ProposeMatchRequest>();
        matches.MapGet("/{id:guid}", GetAsync);
        matches.MapPost("/{id:guid}/accept", AcceptAsync);
        matches.MapPost("/{id:guid}/decline", DeclineAsync).Validate<DeclineMatchRequest>();
        routes.MapGet("/api/v1/problems/{id:guid}/commitments", CommitmentsAsync).WithTags("Matching");
        return routes;
    }

    private static async Task<Created<MatchResponse>> ProposeAsync(
        ProposeMatchRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == request.ProblemId, cancellationToken)
            ?? throw new NotFoundException("Problem", request.ProblemId.ToString()!);
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.ResourceId, cancellationToken)
            ?? throw new NotFoundException("Resource", request.ResourceId.ToString()!);
        var match = Match.Propose(problem, resource, caller, clock.GetUtcNow().UtcDateTime);
        db.Matches.Add(match);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, match.Version);
        return TypedResults.Created($"{Path}/{match.Id}", MatchResponse.From(match));
    }

    private static async Task<MatchResponse> GetAsync(Guid id, ListsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id.ToString());
        ETags.Set(response, match.Version);
        return MatchResponse.From(match);
    }

    /// <summary>The match, the problem and (on commitment) the reserved resource are saved in one SaveChanges.</summary>
    private static async Task<MatchResponse> AcceptAsync(
        Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var match = await LoadAsync(db, id, http, cancellationToken);
        var problem = await db.Problems.SingleAsync(p => p.Id == match.ProblemId, cancellationToken);
        var resource = await db.Resources.SingleAsync(r => r.Id == match.ResourceId, cancellationToken);
        match.Accept(problem, resource, caller, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, match.Version);
        return MatchResponse.From(match);
    }

    private static async Task<MatchResponse> DeclineAsync(
        Guid id, DeclineMatchRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var match = await LoadAsync(db, id, http, cancellationToken);
        match.Decline(caller, request.Reason!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, match.Version);
        return MatchResponse.From(match);
    }

    private static async Task<IReadOnlyList<MatchResponse>> CommitmentsAsync(Guid id, ListsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Problems.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException("Problem", id.ToString());
        }

        var committed = await db.Matches.AsNoTracking()
            .Where(m => m.ProblemId == id && m.Status == MatchStatus.Committed)
            .ToListAsync(cancellationToken);
        return committed.OrderBy(m => m.CommittedAt).ThenBy(m => m.Id).Select(MatchResponse.From).ToList();
    }

    private static async Task<Match> LoadAsync(ListsDbContext db, Guid id, HttpContext http, CancellationToken cancellationToken)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id.ToString());
        ETags.CheckIfMatch(http.Request, match.Version);
        return match;
    }
}
