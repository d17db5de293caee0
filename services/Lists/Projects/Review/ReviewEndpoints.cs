using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Lists.Projects.Review;

/// <summary>Submit, approve (in person or on behalf), send back, reject; the review queue, overdue and blocked reviews, the history.</summary>
internal static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReview(this RouteGroupBuilder projects)
    {
        projects.MapGet("/review-queue", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetReviewQueue(), ct));
        projects.MapGet("/reviews/overdue", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListOverdueReviews(), ct));
        projects.MapGet("/reviews/blocked", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListBlockedReviews(), ct));

        projects.MapPost("/{id:guid}/submit", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new SubmitProject(id, IfMatch.Precondition(http.Request)), http.RequestAborted)));
        projects.MapPost("/{id:guid}/approvals", async (Guid id, ApproveProjectRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new ApproveProject(id, IfMatch.Precondition(http.Request), r?.Revision, r?.OnBehalfOfRegion, r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapPost("/{id:guid}/send-back", async (Guid id, SendBackRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new SendBackProject(id, IfMatch.Precondition(http.Request), r?.Revision, r?.Comments), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapPost("/{id:guid}/reject", async (Guid id, RejectProjectRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new RejectProject(id, IfMatch.Precondition(http.Request), r?.Revision, r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapGet("/{id:guid}/history", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetProjectHistory(id), ct));
        return projects;
    }
}
