namespace Corridor.Teams.Teams;

/// <summary>What each kind of team may do, stated once so the rule is explicit and testable.</summary>
public static class TeamKindRules
{
    /// <summary>
    /// Whether a team of this kind may be deployed to two different projects in overlapping periods.
    /// Commando teams and a temporary party branch are formed for one front at a time (a branch is even
    /// built on one work site), so they may not; a vanguard squad (先锋攻坚小组) is a small problem-solving
    /// group sent to several projects' bottlenecks at once, so it may. No team is ever deployed twice to
    /// the same project in overlapping periods.
    /// </summary>
    public static bool AllowsConcurrentDeployments(TeamKind kind) => kind switch
    {
        TeamKind.PartyMemberCommando => false,
        TeamKind.YouthCommando => false,
        TeamKind.TemporaryPartyBranch => false,
        TeamKind.VanguardSquad => true,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown team kind."),
    };

    /// <summary>A temporary party branch (临时党支部) records its parent organisation and the date it must be dissolved.</summary>
    public static bool IsTemporaryBranch(TeamKind kind) => kind == TeamKind.TemporaryPartyBranch;

    public static string ChineseName(TeamKind kind) => kind switch
    {
        TeamKind.PartyMemberCommando => "党员突击队",
        TeamKind.YouthCommando => "青年突击队",
        TeamKind.TemporaryPartyBranch => "临时党支部",
        TeamKind.VanguardSquad => "先锋攻坚小组",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown team kind."),
    };
}
