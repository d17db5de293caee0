using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems.Supervision;
using Corridor.Lists.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Lists.Problems;

internal static class ProblemEndpoints
{
    public static IEndpointRouteBuilder MapProblemEndpoints(this IEndpointRouteBuilder routes)
    {
        var problems = routes.MapGroup("/api/v1/problems").WithTags("Problems");
        problems.MapPost("/", RaiseProblem.HandleAsync).Validate<RaiseProblemRequest>().Produces<ProblemResponse>(StatusCodes.Status201Created);
        problems.MapGet("/", ListAsync);
        problems.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<RaiseProblemRequest>();
        problems.MapGet("/escalated", EscalatedAsync).RequireAuthorization(CorridorPolicies.Reviewer).Produces<EscalatedProblemsResponse>();
        problems.MapGet("/statistics", (DateOnly? from, DateOnly? to, ListsDbContext db, TimeProvider clock, CancellationToken ct) =>
            ProblemStatistics.ComputeAsync(db, from, to, Today(clock), ct));
        problems.MapGet("/{id:guid}", GetAsync);
        problems.MapDelete("/{id:guid}", DeleteAsync);
        problems.MapGet("/{id:guid}/history", HistoryAsync);
        problems.MapSupervision();
        return routes;
    }

    private static async Task<ProblemResponse> GetAsync(Guid id, ListsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var problem = await ProblemQueries.GetAsync(db, id, cancellationToken);
        ETags.Set(response, problem.Version);
        return ProblemResponse.From(problem, Today(clock));
    }

    /// <summary>201 when raised now, 200 when the same content was already raised under this reference.</summary>
    private static async Task<Results<Created<ProblemUpsertResponse>, Ok<ProblemUpsertResponse>>> UpsertAsync(
        string externalReference,
        RaiseProblemRequest request,
        IListSubmission<RaiseProblemRequest, Problem> list,
        CallerIdentity caller,
        ListsDbContext db,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (problem, outcome) = await ProblemUpsert.ApplyAsync(
            db, list, externalReference, request, caller, VersionPrecondition.FromIfMatch(http.Request), now, cancellationToken);
        ETags.Set(http.Response, problem.Version);
        var body = new ProblemUpsertResponse(outcome, ProblemResponse.From(problem, DateOnly.FromDateTime(now)));
        return outcome == ProblemUpsert.Created ? TypedResults.Created($"/api/v1/problems/{problem.Id}", body) : TypedResults.Ok(body);
    }

    /// <summary>The raising region retracts an untouched problem (If-Match required); 204, and ProblemRetracted on the broker.</summary>
    private static async Task<NoContent> DeleteAsync(Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        await ProblemChange.RetractAsync(db, id, v => ETags.RequireIfMatch(http.Request, v), caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IReadOnlyList<ProblemTransitionResponse>> HistoryAsync(Guid id, ListsDbContext db, CancellationToken cancellationToken)
    {
        var problem = await ProblemQueries.GetAsync(db, id, cancellationToken);
        return problem.History.OrderBy(h => h.Id)
            .Select(h => new ProblemTransitionResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note)).ToArray();
    }

    private static Task<ProblemPage> ListAsync(
        string? region, string? organ, string? category, string? status, string? severity, bool? overdue, string? q, string? cursor, int? limit,
        ListsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ProblemQueries.ListAsync(db, new ProblemFilter(region, organ, category, status, severity, overdue, q, cursor, limit), Today(clock), cancellationToken);

    private static async Task<object> EscalatedAsync(CallerIdentity caller, ListsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        new { items = await ProblemQueries.EscalatedAsync(db, caller, Today(clock), cancellationToken) };

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
