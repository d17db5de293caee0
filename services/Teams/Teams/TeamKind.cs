namespace Corridor.Teams.Teams;

public enum TeamKind
{
    /// <summary>党员突击队</summary>
    PartyMemberCommando,

    /// <summary>青年突击队</summary>
    YouthCommando,

    /// <summary>临时党支部</summary>
    TemporaryPartyBranch,

    /// <summary>先锋攻坚小组</summary>
    VanguardSquad,
}
