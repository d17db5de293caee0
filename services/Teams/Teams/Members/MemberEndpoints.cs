using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Teams.Teams.Members;

/// <summary>The roster over REST: the owning region adds and removes members; readers see what <see cref="TeamVisibility"/> allows.</summary>
internal static class MemberEndpoints
{
    public static RouteGroupBuilder MapMembers(this RouteGroupBuilder teams)
    {
        teams.MapGet("/{id:guid}/members", async (Guid id, bool? current, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new ListMembers(id, current), http.RequestAborted)).Members);
        teams.MapPost("/{id:guid}/members", AddAsync).ProducesValidationProblem().Produces<MemberResponse>(StatusCodes.Status201Created);
        teams.MapPost("/{id:guid}/members/{memberId:guid}/leave", async (Guid id, Guid memberId, MemberLeavesRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new RemoveMember(id, memberId, IfMatch.Precondition(http.Request), r?.LeftOn, r?.Reason), http.RequestAborted)).Member)
            .ProducesValidationProblem();
        return teams;
    }

    /// <summary>201 with the member; with an Idempotency-Key a retried request answers the first one again instead of adding the person twice.</summary>
    private static Task<IResult> AddAsync(Guid id, AddMemberRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status201Created,
            () => useCases.RunAsync(
                new AddMember(id, IfMatch.Precondition(http.Request), r?.PersonName, r?.OrganId, r?.Role, r?.PartyMember, r?.Phone, r?.JoinedOn), http.RequestAborted),
            added => (added.Member, added.Version, $"/api/v1/teams/{id}/members/{added.Member.Id}"));
}
