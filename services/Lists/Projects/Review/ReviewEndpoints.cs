using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Review;

/// <summary>Submit, approve (in person or on behalf), send back, reject; the review queue, overdue and blocked reviews.</summary>
internal static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReview(this RouteGroupBuilder projects)
    {
        projects.MapGet("/review-queue", (CallerIdentity caller, ProjectAnswer answer, CancellationToken ct) =>
            ProjectQueries.ReviewQueueAsync(answer.Db, caller, answer.Policy, answer.Now, ct)).RequireAuthorization(CorridorPolicies.Reviewer);
        projects.MapGet("/reviews/overdue", (CallerIdentity caller, ProjectAnswer answer, CancellationToken ct) =>
            ProjectQueries.OverdueReviewsAsync(answer.Db, caller, answer.Now, ct)).RequireAuthorization(CorridorPolicies.Reviewer);
        projects.MapGet("/reviews/blocked", (ListsDbContext db, ReviewPolicy policy, CancellationToken ct) =>
            ProjectQueries.BlockedReviewsAsync(db, policy, ct)).RequireAuthorization(CorridorPolicies.Reviewer);

        projects.MapPost("/{id:guid}/submit", (Guid id, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.Submit(caller, answer.Policy, answer.Now)));
        projects.MapPost("/{id:guid}/approvals", async (Guid id, ApproveProjectRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new ApproveProject(id, IfMatch.Precondition(http.Request), r?.Revision, r?.OnBehalfOfRegion, r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapPost("/{id:guid}/send-back", (Guid id, SendBackRequest r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.RequestChanges(caller, r.Revision!.Value, r.Comments!, answer.Policy, answer.Now)))
            .Validate<SendBackRequest>().RequireAuthorization(CorridorPolicies.Reviewer);
        projects.MapPost("/{id:guid}/reject", (Guid id, RejectProjectRequest r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.Reject(caller, r.Revision!.Value, r.Reason!, answer.Policy, answer.Now)))
            .Validate<RejectProjectRequest>().RequireAuthorization(CorridorPolicies.Reviewer);
        projects.MapGet("/{id:guid}/history", HistoryAsync);
        return projects;
    }

    private static async Task<IReadOnlyList<ProjectTransitionResponse>> HistoryAsync(Guid id, ListsDbContext db, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, id, cancellationToken);
        return project.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new ProjectTransitionResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.Revision, h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note))
            .ToArray();
    }
}
