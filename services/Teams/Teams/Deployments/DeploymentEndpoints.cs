using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>Deployments over REST: deploy, end early, record outcomes, credit problems; each honours If-Match and answers the new ETag.</summary>
internal static class DeploymentEndpoints
{
    public static RouteGroupBuilder MapDeployments(this RouteGroupBuilder teams)
    {
        teams.MapPost("/{id:guid}/deployments", DeployTeam.HandleAsync).Validate<DeployTeamRequest>().Produces<DeploymentResponse>(StatusCodes.Status201Created);
        teams.MapPost("/{id:guid}/deployments/{deploymentId:guid}/end", EndAsync).Validate<EndDeploymentRequest>();
        teams.MapPost("/{id:guid}/deployments/{deploymentId:guid}/outcomes", OutcomeAsync).Validate<OutcomeRequest>().Produces<DeploymentResponse>();
        teams.MapPost("/{id:guid}/credits", CreditAsync).Validate<CreditProblemRequest>();
        return teams;
    }

    private static async Task<DeploymentResponse> EndAsync(
        Guid id, Guid deploymentId, EndDeploymentRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (team, deployment) = await TeamUpdate.ApplyAsync(
            db, id, v => ETags.CheckIfMatch(http.Request, v), t => t.EndDeployment(caller, deploymentId, request.EndedOn!.Value, request.Reason!, now), cancellationToken);
        ETags.Set(http.Response, team.Version);
        return DeploymentResponse.Of(deployment);
    }

    /// <summary>200 with the deployment; with an Idempotency-Key a retried request answers the first one again instead of adding the outcome twice.</summary>
    private static Task<IResult> OutcomeAsync(
        Guid id, Guid deploymentId, OutcomeRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status200OK, async ct =>
        {
            var (team, _) = await TeamUpdate.ChangeAsync(
                db, id, v => ETags.CheckIfMatch(http.Request, v), t => Task.FromResult(t.RecordOutcome(caller, deploymentId, request.Text!, now)), ct);
            return (DeploymentResponse.Of(team.Deployments.Single(d => d.Id == deploymentId)), team.Version, null);
        });
    }

    private static async Task<TeamResponse> CreditAsync(
        Guid id, CreditProblemRequest request, CallerIdentity caller, TeamsDbContext db, ProblemResolutionCheck problems, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (team, _) = await CreditProblem.ApplyAsync(db, id, request, caller, problems, now, v => ETags.CheckIfMatch(http.Request, v), cancellationToken);
        ETags.Set(http.Response, team.Version);
        return TeamResponse.From(team, DateOnly.FromDateTime(now));
    }
}
