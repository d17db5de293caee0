using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Members;

/// <summary>The roster over REST: the owning region adds and removes members; readers see what <see cref="TeamVisibility"/> allows.</summary>
internal static class MemberEndpoints
{
    public static RouteGroupBuilder MapMembers(this RouteGroupBuilder teams)
    {
        teams.MapGet("/{id:guid}/members", ListAsync);
        teams.MapPost("/{id:guid}/members", AddAsync).Validate<AddMemberRequest>().Produces<MemberResponse>(StatusCodes.Status201Created);
        teams.MapPost("/{id:guid}/members/{memberId:guid}/leave", LeaveAsync).Validate<MemberLeavesRequest>();
        return teams;
    }

    private static async Task<IReadOnlyList<MemberResponse>> ListAsync(
        Guid id, bool? current, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Team", id.ToString());
        TeamVisibility.EnsureSeesRoster(team, caller);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var owner = TeamVisibility.SeesMemberDetails(team, caller);
        ETags.Set(response, team.Version);
        return team.Members
            .Where(m => current != true || m.IsOnTeam(today))
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedOn).ThenBy(m => m.PersonName, StringComparer.Ordinal)
            .Select(m => MemberResponse.Of(m, owner)).ToArray();
    }

    /// <summary>201 with the member; with an Idempotency-Key a retried request answers the first one again instead of adding the person twice.</summary>
    private static Task<IResult> AddAsync(
        Guid id, AddMemberRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status201Created, async ct =>
        {
            var (team, member) = await TeamUpdate.ChangeAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), t => Task.FromResult(t.AddMember(
                caller,
                request.PersonName!,
                request.OrganId!,
                Enum.Parse<MemberRole>(request.Role!),
                request.PartyMember!.Value,
                string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone,
                request.JoinedOn!.Value,
                now)), ct);
            return (MemberResponse.Of(member, owner: true), team.Version, $"/api/v1/teams/{team.Id}/members/{member.Id}");
        });
    }

    private static async Task<MemberResponse> LeaveAsync(
        Guid id, Guid memberId, MemberLeavesRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (team, member) = await TeamUpdate.ApplyAsync(
            db, id, v => ETags.CheckIfMatch(http.Request, v), t => t.RemoveMember(caller, memberId, request.LeftOn!.Value, request.Reason, now), cancellationToken);
        ETags.Set(http.Response, team.Version);
        return MemberResponse.Of(member, owner: true);
    }
}
