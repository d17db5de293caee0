using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The transitions over REST: each one honours If-Match and answers the problem with its new ETag.</summary>
internal static class SupervisionEndpoints
{
    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder problems)
    {
        problems.MapPost("/{id:guid}/accept", (Guid id, AcceptProblemRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new AcceptProblem(id, IfMatch.Precondition(http.Request), r?.ResponsibleOrganId, r?.ResponsibleRegionCode, r?.CoResponsibleOrgans, r?.DueDate)))
            .ProducesValidationProblem();
        problems.MapPost("/{id:guid}/start", (Guid id, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new StartProblem(id, IfMatch.Precondition(http.Request))));
        problems.MapPost("/{id:guid}/progress", (Guid id, ProgressRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ReportProblemProgress(id, IfMatch.Precondition(http.Request), r?.Text, r?.SupportNeeded))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/resolve", (Guid id, ResolveRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ResolveProblem(id, IfMatch.Precondition(http.Request), r?.Resolution))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/confirm", (Guid id, ConfirmRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ConfirmProblem(id, IfMatch.Precondition(http.Request), r?.Satisfaction))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/reopen", (Guid id, ReasonRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new ReopenProblem(id, IfMatch.Precondition(http.Request), r?.Reason))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/reject", (Guid id, ReasonRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new RejectProblem(id, IfMatch.Precondition(http.Request), r?.Reason))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/duplicate", (Guid id, DuplicateRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new MarkProblemDuplicate(id, IfMatch.Precondition(http.Request), r?.DuplicateOf))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/transfer", (Guid id, TransferRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new TransferProblem(id, IfMatch.Precondition(http.Request), r?.ToOrganId, r?.ToRegionCode, r?.Reason))).ProducesValidationProblem();
        problems.MapPost("/{id:guid}/urge", (Guid id, UrgeRequest? r, UseCaseRunner useCases, HttpContext http) =>
            RunAsync(useCases, http, new UrgeProblem(id, IfMatch.Precondition(http.Request), r?.Note))).ProducesValidationProblem();
        return problems;
    }

    private static async Task<ProblemResponse> RunAsync(UseCaseRunner useCases, HttpContext http, IUseCase<ProblemResponse> transition) =>
        http.Versioned(await useCases.RunAsync(transition, http.RequestAborted));
}
