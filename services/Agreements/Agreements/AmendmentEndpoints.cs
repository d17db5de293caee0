using Corridor.Agreements.Agreements.Amendments;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Agreements.Agreements;

/// <summary>Numbered amendments under /api/v1/agreements/{id}/amendments; every change answers the agreement with its new ETag.</summary>
internal static class AmendmentEndpoints
{
    public static RouteGroupBuilder MapAmendments(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id:guid}/amendments", async (Guid id, UseCaseRunner useCases, IOrganDirectory directory, CancellationToken ct) =>
            await directory.NamedAsync((await useCases.RunAsync(new ListAmendments(id), ct)).Select(AmendmentResponse.From).ToArray(), ct));
        agreements.MapPost("/{id:guid}/amendments", ProposeAsync).ProducesValidationProblem().Produces<AgreementResponse>();
        agreements.MapPost("/{id:guid}/amendments/{number:int}/signatures", (Guid id, int number, SignAmendmentRequest? r, UseCaseRunner useCases, HttpContext http) =>
            AgreementEndpoints.Answer(http, useCases.RunAsync(
                new SignAmendment(id, number, IfMatch.Precondition(http.Request), r?.Signatory, r?.OrganId), http.RequestAborted)))
            .ProducesValidationProblem();
        agreements.MapPost("/{id:guid}/amendments/{number:int}/decline", (Guid id, int number, ReasonRequest? r, UseCaseRunner useCases, HttpContext http) =>
            AgreementEndpoints.Answer(http, useCases.RunAsync(new DeclineAmendment(id, number, IfMatch.Precondition(http.Request), r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        return agreements;
    }

    /// <summary>Amendment N+1, answered with the agreement (200); with an Idempotency-Key a retried proposal answers the first one again.</summary>
    private static Task<IResult> ProposeAsync(
        Guid id, ProposeAmendmentRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http,
            caller,
            request,
            StatusCodes.Status200OK,
            async () => await AgreementEndpoints.NamedAsync(http, await useCases.RunAsync(
                new ProposeAmendment(id, IfMatch.Precondition(http.Request), request.Reason, request.Parties, request.Term, request.Plans), http.RequestAborted)),
            a => (a, a.Version, null));
}
