using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Create, edit (a new revision per saved change), hand the pen, read revisions and their field-level diff.</summary>
internal static class DraftingEndpoints
{
    public static RouteGroupBuilder MapDrafting(this RouteGroupBuilder projects)
    {
        projects.MapPost("/", CreateAsync).Validate<CreateProjectRequest>();
        projects.MapPut("/{id:guid}", EditAsync).Validate<CreateProjectRequest>();
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
    private static async Task<IResult> CreateAsync(
        CreateProjectRequest request, CallerIdentity caller, ProjectAnswer answer, AgreementBindingCheck agreements, HttpContext http)
    {
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        var requestHash = IdempotencyKeys.HashBody(JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web));
        if (key is not null && await IdempotencyKeys.ReplayAsync(answer.Db, callerKey, key, requestHash, http.RequestAborted) is { } replay)
        {
            return replay;
        }

        var project = await ProjectDrafting.DraftAsync(answer.Db, caller, request.ToContent(), agreements, answer.Now, http.RequestAborted);
        var created = await answer.AnswerAsync(http, project);
        if (key is not null)
        {
            IdempotencyKeys.Record(
                answer.Db, callerKey, key, requestHash, StatusCodes.Status201Created, "application/json; charset=utf-8", JsonSerializer.Serialize(created, JsonSerializerOptions.Web), answer.Now);
        }

        try
        {
            await answer.Db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            answer.Db.ChangeTracker.Clear();
            return await IdempotencyKeys.ReplayAsync(answer.Db, callerKey, key, requestHash, http.RequestAborted) ?? throw new InvalidOperationException("The project could not be saved.");
        }

        return TypedResults.Created($"/api/v1/projects/{project.Id}", created);
    }

    /// <summary>Saves the full content as the next revision (If-Match: the version you edited).</summary>
    private static Task<ProjectResponse> EditAsync(
        Guid id, CreateProjectRequest request, CallerIdentity caller, ProjectAnswer answer, AgreementBindingCheck agreements, HttpContext http) =>
        answer.ApplyAsync(http, id, ProjectDrafting.Edit(caller, request.ToContent(), agreements, answer.Policy, answer.Now, http.RequestAborted));

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
