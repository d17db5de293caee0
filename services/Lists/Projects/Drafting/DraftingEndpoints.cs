using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Create, edit (a new revision per saved change), hand the pen, read revisions and their field-level diff.</summary>
internal static class DraftingEndpoints
{
    public static RouteGroupBuilder MapDrafting(this RouteGroupBuilder projects)
    {
        projects.MapPost("/", CreateAsync)
            .Produces<ProjectResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        projects.MapPut("/{id:guid}", async (Guid id, CreateProjectRequest r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new EditProject(id, IfMatch.Precondition(http.Request), r), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        projects.MapPost("/{id:guid}/pen", async (Guid id, HandPenRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new HandPen(id, IfMatch.Precondition(http.Request), r?.RegionCode), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapGet("/{id:guid}/revisions", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListRevisions(id), ct));
        projects.MapGet("/{id:guid}/revisions/{number:int}", (Guid id, int number, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetRevision(id, number), ct));
        projects.MapGet("/{id:guid}/diff", (Guid id, int from, int to, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetRevisionDiff(id, from, to), ct));
        return projects;
    }

    /// <summary>201 with the project; with an Idempotency-Key a retried create answers the first one again instead of drafting a second project.</summary>
    private static Task<IResult> CreateAsync(CreateProjectRequest r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(http, caller, r, StatusCodes.Status201Created, () => useCases.RunAsync(new CreateProject(r), http.RequestAborted), p =>
            (p, p.Version, $"/api/v1/projects/{p.Id}"));

    /// <summary>201 Created, 200 Updated (a new revision; If-Match required) or 200 Unchanged (identical content; If-Match honoured when sent).</summary>
    private static async Task<Results<Created<ProjectUpsertResponse>, Ok<ProjectUpsertResponse>>> UpsertAsync(
        string externalReference, CreateProjectRequest request, UseCaseRunner useCases, HttpContext http)
    {
        var answer = await useCases.RunAsync(new UpsertProject(externalReference, IfMatch.Precondition(http.Request), request), http.RequestAborted);
        http.Versioned(answer.Project);
        return answer.Outcome == ProjectUpsert.Created ? TypedResults.Created($"/api/v1/projects/{answer.Project.Id}", answer) : TypedResults.Ok(answer);
    }
}
