using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Create, edit (a new revision per saved change), hand the pen, read revisions and their field-level diff.</summary>
internal static class DraftingEndpoints
{
    public static RouteGroupBuilder MapDrafting(this RouteGroupBuilder projects)
    {
        projects.MapPost("/", CreateAsync).Validate<CreateProjectRequest>().Produces<ProjectResponse>(StatusCodes.Status201Created);
        projects.MapPut("/{id:guid}", EditAsync).Validate<CreateProjectRequest>();
        projects.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<CreateProjectRequest>();
        projects.MapPost("/{id:guid}/pen", (Guid id, HandPenRequest r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.HandPen(caller, r.RegionCode!, answer.Now))).Validate<HandPenRequest>();
        projects.MapGet("/{id:guid}/revisions", RevisionsAsync);
        projects.MapGet("/{id:guid}/revisions/{number:int}", RevisionAsync);
        projects.MapGet("/{id:guid}/diff", (Guid id, int from, int to, ListsDbContext db, CancellationToken ct) => ProjectQueries.DiffAsync(db, id, from, to, ct));
        return projects;
    }

    /// <summary>
    /// The caller's organ leads; a named agreement is checked with Agreements before anything is saved. With an
    /// Idempotency-Key, the project, its events and the stored answer commit together; the same key and body
    /// replay that answer, the same key with another body is 422.
    /// </summary>
    private static Task<IResult> CreateAsync(
        CreateProjectRequest request, CallerIdentity caller, ProjectAnswer answer, AgreementBindingCheck agreements, HttpContext http) =>
        IdempotentCreate.HandleAsync(http, answer.Db, caller, request, answer.Now, async () =>
        {
            var project = await ProjectDrafting.DraftAsync(answer.Db, caller, request.ToContent(), agreements, answer.Now, http.RequestAborted);
            return ($"/api/v1/projects/{project.Id}", project.Version, await ProjectQueries.ViewAsync(answer.Db, project, answer.Policy, answer.Now, http.RequestAborted));
        });

    /// <summary>Saves the full content as the next revision (If-Match required: the version you edited).</summary>
    private static Task<ProjectResponse> EditAsync(
        Guid id, CreateProjectRequest request, CallerIdentity caller, ProjectAnswer answer, AgreementBindingCheck agreements, HttpContext http) =>
        answer.UpdateAsync(http, id, ProjectDrafting.Edit(caller, request.ToContent(), agreements, answer.Policy, answer.Now, http.RequestAborted));

    /// <summary>
    /// The caller region's project named by its own reference: 201 Created, 200 Updated (a new revision; If-Match
    /// required) or 200 Unchanged (identical content; If-Match honoured when sent).
    /// </summary>
    private static async Task<Results<Created<ProjectUpsertResponse>, Ok<ProjectUpsertResponse>>> UpsertAsync(
        string externalReference, CreateProjectRequest request, CallerIdentity caller, ProjectAnswer answer, AgreementBindingCheck agreements, HttpContext http)
    {
        var (project, outcome) = await ProjectUpsert.ApplyAsync(
            answer.Db, externalReference, request.ToContent(), caller, IfMatch.Precondition(http.Request), agreements, answer.Policy, answer.Now, http.RequestAborted);
        var body = new ProjectUpsertResponse(outcome, await answer.AnswerAsync(http, project));
        return outcome == ProjectUpsert.Created ? TypedResults.Created($"/api/v1/projects/{project.Id}", body) : TypedResults.Ok(body);
    }

    private static async Task<IReadOnlyList<RevisionSummary>> RevisionsAsync(Guid id, ListsDbContext db, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, id, cancellationToken);
        return project.Revisions.OrderBy(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.SavedBy, r.SavedByOrganId, r.SavedByRegionCode, r.SavedAt, r.ChangedFields.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
    }

    private static async Task<RevisionResponse> RevisionAsync(Guid id, int number, ListsDbContext db, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, id, cancellationToken);
        var revision = ProjectQueries.Revision(project, number, "number");
        return new RevisionResponse(revision.Number, revision.SavedBy, revision.SavedByOrganId, revision.SavedAt, revision.Read());
    }
}
