using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams.Registry;

namespace Corridor.Teams.Teams.Members;

/// <summary>The roster (only those on the team today when <see cref="Current"/>), as <see cref="TeamVisibility"/> lets the caller see it.</summary>
public sealed record ListMembers(Guid TeamId, bool? Current) : IUseCase<TeamRoster>;

internal sealed class ListMembersHandler(TeamsDbContext db, IOrganDirectory directory, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<ListMembers, TeamRoster>
{
    public async Task<TeamRoster> HandleAsync(ListMembers request, CancellationToken cancellationToken)
    {
        var team = await TeamReads.GetAsync(db, request.TeamId, cancellationToken);
        TeamVisibility.EnsureSeesRoster(team, caller);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var owner = TeamVisibility.SeesMemberDetails(team, caller);
        var members = team.Members
            .Where(m => request.Current != true || m.IsOnTeam(today))
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedOn).ThenBy(m => m.PersonName, StringComparer.Ordinal)
            .Select(m => MemberResponse.Of(m, owner)).ToArray();
        var names = await directory.NamesAsync(members.Select(m => m.OrganId), cancellationToken);
        return new TeamRoster(members.Select(m => m.Named(names)).ToArray(), team.Version);
    }
}
