namespace Corridor.Teams.Teams;

/// <summary>
/// What the team can field on a day: members on it that day (joined, not yet left), of them party members, whether
/// a leader is in place, and the deployments running that day. Ready = not stood down and led by a leader.
/// </summary>
public sealed record TeamReadiness(DateOnly On, int MembersAvailable, int PartyMembers, bool LeaderInPlace, int ActiveDeployments, bool Ready)
{
    public static TeamReadiness Of(Team team, DateOnly day)
    {
        var members = team.Members.Where(m => m.IsOnTeam(day)).ToArray();
        var leader = team.LeaderOn(day) is not null;
        return new TeamReadiness(
            day,
            members.Length,
            members.Count(m => m.PartyMember),
            leader,
            team.Deployments.Count(d => d.IsActiveOn(day)),
            team.Status != TeamStatus.StoodDown && leader);
    }
}
