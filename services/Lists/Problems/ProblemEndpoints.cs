using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Problems.Queries;
using Corridor.Lists.Problems.Raising;
using Corridor.Lists.Problems.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Lists.Problems;

internal static class ProblemEndpoints
{
    public static IEndpointRouteBuilder MapProblemEndpoints(this IEndpointRouteBuilder routes)
    {
        var problems = routes.MapGroup("/api/v1/problems").WithTags("Problems");
        problems.MapPost("/", RaiseAsync).ProducesValidationProblem().Produces<ProblemResponse>(StatusCodes.Status201Created);
        problems.MapGet("/", (string? region, string? organ, string? category, string? status, string? severity, bool? overdue, string? q, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListProblems(region, organ, category, status, severity, overdue, q, cursor, limit), ct)).ProducesValidationProblem();
        problems.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        problems.MapGet("/escalated", async (UseCaseRunner useCases, CancellationToken ct) =>
            new EscalatedProblemsResponse(await useCases.RunAsync(new ListEscalatedProblems(), ct)));
        problems.MapGet("/statistics", (DateOnly? from, DateOnly? to, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetProblemStatistics(from, to), ct));
        problems.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) => http.Versioned(await useCases.RunAsync(new GetProblem(id), http.RequestAborted)));
        problems.MapDelete("/{id:guid}", DeleteAsync);
        problems.MapGet("/{id:guid}/history", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetProblemHistory(id), ct));
        problems.MapSupervision();
        return routes;
    }

    /// <summary>201 with the problem; with an Idempotency-Key a retried raise answers the first one again instead of raising a second problem.</summary>
    private static Task<IResult> RaiseAsync(RaiseProblemRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(http, caller, request, StatusCodes.Status201Created, () => useCases.RunAsync(RaiseProblem.From(request), http.RequestAborted), p =>
            (p, p.Version, $"/api/v1/problems/{p.Id}"));

    /// <summary>201 when raised now, 200 when the same content was already raised under this reference.</summary>
    private static async Task<Results<Created<ProblemUpsertResponse>, Ok<ProblemUpsertResponse>>> UpsertAsync(
        string externalReference, RaiseProblemRequest? r, UseCaseRunner useCases, HttpContext http)
    {
        var body = http.Versioned(await useCases.RunAsync(
            new UpsertProblem(
                externalReference, IfMatch.Precondition(http.Request), r?.Title, r?.Description, r?.Category, r?.Severity, r?.EnterpriseCreditCode, r?.ExternalReference),
            http.RequestAborted));
        return body.Outcome == ProblemUpsert.Created ? TypedResults.Created($"/api/v1/problems/{body.Problem.Id}", body) : TypedResults.Ok(body);
    }

    /// <summary>The raising region retracts an untouched problem (If-Match required); 204, and ProblemRetracted on the broker.</summary>
    private static async Task<NoContent> DeleteAsync(Guid id, UseCaseRunner useCases, HttpContext http)
    {
        await useCases.RunAsync(new RetractProblem(id, IfMatch.Precondition(http.Request)), http.RequestAborted);
        return TypedResults.NoContent();
    }
}
