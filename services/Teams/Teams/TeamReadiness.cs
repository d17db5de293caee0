using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;

namespace Corridor.Teams.Teams;

/// <summary>
/// What the team can field on a day: members on it that day (joined, not yet left), of them party members, whether
/// a leader is in place, and the deployments running that day. Ready = not stood down and led by a leader.
/// </summary>
public sealed record TeamReadiness(DateOnly On, int MembersAvailable, int PartyMembers, bool LeaderInPlace, int ActiveDeployments, bool Ready)
{
    public static TeamReadiness Of(Team team, DateOnly day) => Of(team.Status, team.Members, team.Deployments, day);

    /// <summary>The same rule over a team's status, members and deployments as read, without the aggregate.</summary>
    public static TeamReadiness Of(TeamStatus status, IReadOnlyCollection<TeamMember> members, IEnumerable<Deployment> deployments, DateOnly day)
    {
        var onTeam = members.Where(m => m.IsOnTeam(day)).ToArray();
        var leader = Team.LeaderAmong(members, day) is not null;
        return new TeamReadiness(
            day,
            onTeam.Length,
            onTeam.Count(m => m.PartyMember),
            leader,
            deployments.Count(d => d.IsActiveOn(day)),
            status != TeamStatus.StoodDown && leader);
    }
}
