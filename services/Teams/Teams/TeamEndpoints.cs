using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Teams.Teams;

internal static class TeamEndpoints
{
    public static IEndpointRouteBuilder MapTeamEndpoints(this IEndpointRouteBuilder routes)
    {
        var teams = routes.MapGroup("/api/v1/teams").WithTags("Teams");
        teams.MapPost("/", RegisterTeam.HandleAsync).Validate<RegisterTeamRequest>().Produces<TeamResponse>(StatusCodes.Status201Created);
        teams.MapGet("/", (string? kind, string? region, string? status, Guid? projectId, string? q, string? cursor, int? limit, TeamsDbContext db, CancellationToken ct) =>
            TeamQueries.ListAsync(db, new TeamFilter(kind, region, status, projectId, q, cursor, limit), ct));
        teams.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<RegisterTeamRequest>();
        teams.MapGet("/{id:guid}", GetAsync);
        teams.MapPut("/{id:guid}", (Guid id, RegisterTeamRequest r, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, v => ETags.RequireIfMatch(http.Request, v), (t, now) => t.Revise(caller, r.ToDetails(), now), ct)).Validate<RegisterTeamRequest>();
        teams.MapGet("/{id:guid}/history", HistoryAsync);
        teams.MapPost("/{id:guid}/activate", (Guid id, ActivateTeamRequest r, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, v => ETags.CheckIfMatch(http.Request, v), (t, now) => t.Activate(caller, r.EffectiveOn, r.Note, now), ct)).Validate<ActivateTeamRequest>();
        teams.MapPost("/{id:guid}/stand-down", (Guid id, StandDownRequest r, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, v => ETags.CheckIfMatch(http.Request, v), (t, now) => t.StandDown(caller, r.Reason!, r.EffectiveOn, now), ct)).Validate<StandDownRequest>();
        teams.MapMembers();
        teams.MapDeployments();
        return routes;
    }

    private static async Task<TeamResponse> GetAsync(Guid id, TeamsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var team = await TeamQueries.GetAsync(db, id, cancellationToken);
        ETags.Set(response, team.Version);
        return TeamResponse.From(team, Today(clock));
    }

    private static async Task<IReadOnlyList<TeamChangeResponse>> HistoryAsync(Guid id, CallerIdentity caller, TeamsDbContext db, CancellationToken cancellationToken)
    {
        var team = await TeamQueries.GetAsync(db, id, cancellationToken);
        TeamVisibility.EnsureSeesRoster(team, caller);
        return TeamQueries.History(team);
    }

    /// <summary>201 when registered now, 200 when edited (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<TeamUpsertResponse>, Ok<TeamUpsertResponse>>> UpsertAsync(
        string externalReference, RegisterTeamRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (team, outcome) = await TeamUpsert.ApplyAsync(
            db,
            externalReference,
            request.ToDetails(),
            caller,
            v => ETags.CheckIfMatch(http.Request, v),
            v => ETags.RequireIfMatch(http.Request, v),
            now,
            cancellationToken);
        ETags.Set(http.Response, team.Version);
        var body = new TeamUpsertResponse(outcome, TeamResponse.From(team, DateOnly.FromDateTime(now)));
        return outcome == TeamUpsert.Created ? TypedResults.Created($"/api/v1/teams/{team.Id}", body) : TypedResults.Ok(body);
    }

    private static async Task<TeamResponse> Apply(
        TeamsDbContext db, TimeProvider clock, HttpContext http, Guid id, Action<long> checkVersion, Action<Team, DateTime> change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (team, _) = await TeamUpdate.ApplyAsync(db, id, checkVersion, t =>
        {
            change(t, now);
            return true;
        }, cancellationToken);
        ETags.Set(http.Response, team.Version);
        return TeamResponse.From(team, DateOnly.FromDateTime(now));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
