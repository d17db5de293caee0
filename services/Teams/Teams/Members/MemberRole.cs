namespace Corridor.Teams.Teams.Members;

public enum MemberRole
{
    /// <summary>队长 / 书记: at most one at a time per team.</summary>
    Leader,

    /// <summary>副队长 / 副书记</summary>
    Deputy,

    Member,
}
