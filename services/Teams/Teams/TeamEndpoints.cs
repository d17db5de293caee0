using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Lifecycle;
using Corridor.Teams.Teams.Members;
using Corridor.Teams.Teams.Registry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Teams.Teams;

/// <summary>The registry over REST: each route translates to its use case and back; the ETag is the team's version.</summary>
internal static class TeamEndpoints
{
    public static IEndpointRouteBuilder MapTeamEndpoints(this IEndpointRouteBuilder routes)
    {
        var teams = routes.MapGroup("/api/v1/teams").WithTags("Teams");
        teams.MapPost("/", RegisterAsync).ProducesValidationProblem().Produces<TeamResponse>(StatusCodes.Status201Created);
        teams.MapGet("/", (string? kind, string? region, string? status, Guid? projectId, string? q, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListTeams(kind, region, status, projectId, q, cursor, limit), ct)).ProducesValidationProblem();
        teams.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        teams.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetTeam(id), http.RequestAborted)));
        teams.MapPut("/{id:guid}", async (Guid id, RegisterTeamRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new UpdateTeam(id, IfMatch.Precondition(http.Request), r?.Kind, r?.Name, r?.Mission, r?.FormedOn, r?.ParentPartyOrganisation, r?.DissolveBy),
                http.RequestAborted))).ProducesValidationProblem();
        teams.MapGet("/{id:guid}/history", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetTeamHistory(id), ct));
        teams.MapPost("/{id:guid}/activate", async (Guid id, ActivateTeamRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new ActivateTeam(id, IfMatch.Precondition(http.Request), r?.EffectiveOn, r?.Note), http.RequestAborted)))
            .ProducesValidationProblem();
        teams.MapPost("/{id:guid}/stand-down", async (Guid id, StandDownRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new StandDownTeam(id, IfMatch.Precondition(http.Request), r?.Reason, r?.EffectiveOn), http.RequestAborted)))
            .ProducesValidationProblem();
        teams.MapMembers();
        teams.MapDeployments();
        return routes;
    }

    /// <summary>201 with the team; with an Idempotency-Key a retried registration answers the first one again instead of registering a second team.</summary>
    private static Task<IResult> RegisterAsync(RegisterTeamRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status201Created,
            () => useCases.RunAsync(new RegisterTeam(r?.Kind, r?.Name, r?.Mission, r?.FormedOn, r?.ParentPartyOrganisation, r?.DissolveBy), http.RequestAborted),
            team => (team, team.Version, $"/api/v1/teams/{team.Id}"));

    /// <summary>201 when registered now, 200 when edited (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<TeamUpsertResponse>, Ok<TeamUpsertResponse>>> UpsertAsync(
        string externalReference, RegisterTeamRequest? r, UseCaseRunner useCases, HttpContext http)
    {
        var upserted = http.Versioned(await useCases.RunAsync(
            new UpsertTeam(externalReference, IfMatch.Precondition(http.Request), r?.Kind, r?.Name, r?.Mission, r?.FormedOn, r?.ParentPartyOrganisation, r?.DissolveBy),
            http.RequestAborted));
        return upserted.Outcome == TeamUpsertResponse.Created
            ? TypedResults.Created($"/api/v1/teams/{upserted.Team.Id}", upserted)
            : TypedResults.Ok(upserted);
    }
}
