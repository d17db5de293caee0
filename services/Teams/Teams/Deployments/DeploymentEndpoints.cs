using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>Deployments over REST: deploy, end early, record outcomes, credit problems; each honours If-Match and answers the new ETag.</summary>
internal static class DeploymentEndpoints
{
    public static RouteGroupBuilder MapDeployments(this RouteGroupBuilder teams)
    {
        teams.MapPost("/{id:guid}/deployments", DeployAsync).ProducesValidationProblem().Produces<DeploymentResponse>(StatusCodes.Status201Created);
        teams.MapPost("/{id:guid}/deployments/{deploymentId:guid}/end", async (Guid id, Guid deploymentId, EndDeploymentRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new EndDeployment(id, deploymentId, IfMatch.Precondition(http.Request), r?.EndedOn, r?.Reason), http.RequestAborted)).Deployment)
            .ProducesValidationProblem();
        teams.MapPost("/{id:guid}/deployments/{deploymentId:guid}/outcomes", OutcomeAsync).ProducesValidationProblem().Produces<DeploymentResponse>();
        teams.MapPost("/{id:guid}/credits", async (Guid id, CreditProblemRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new CreditProblem(id, IfMatch.Precondition(http.Request), r?.ProblemId, r?.DeploymentId, r?.Note), http.RequestAborted)))
            .ProducesValidationProblem();
        return teams;
    }

    /// <summary>201 with the deployment; with an Idempotency-Key a retried request answers the first one again instead of deploying twice.</summary>
    private static Task<IResult> DeployAsync(Guid id, DeployTeamRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status201Created,
            () => useCases.RunAsync(new DeployTeam(id, IfMatch.Precondition(http.Request), r?.ProjectId, r?.From, r?.To, r?.Task), http.RequestAborted),
            deployed => (deployed.Deployment, deployed.Version, $"/api/v1/teams/{id}/deployments/{deployed.Deployment.Id}"));

    /// <summary>200 with the deployment; with an Idempotency-Key a retried request answers the first one again instead of adding the outcome twice.</summary>
    private static Task<IResult> OutcomeAsync(Guid id, Guid deploymentId, OutcomeRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status200OK,
            () => useCases.RunAsync(new RecordOutcome(id, deploymentId, IfMatch.Precondition(http.Request), r?.Text), http.RequestAborted),
            recorded => (recorded.Deployment, recorded.Version, null));
}
