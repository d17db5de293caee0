using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Teams;
using Corridor.Testing;

namespace Corridor.Teams.Tests;

/// <summary>Teams built straight from the domain.</summary>
internal static class TestTeams
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static readonly DateOnly FormedOn = new(2026, 3, 1);

    /// <summary>A member of the Qinzhou organ: the owner of the teams <see cref="Register"/> makes by default.</summary>
    public static CallerIdentity Owner { get; } = Caller(DemoOrgans.Qinzhou);

    public static CallerIdentity Caller(DemoOrgan organ, params string[] roles) =>
        new($"{organ.Name}/test", organ.RegionCode, organ.Id, roles.Length == 0 ? [CorridorRoles.Member] : roles);

    public static Team Register(DemoOrgan? owner = null, TeamKind kind = TeamKind.PartyMemberCommando)
    {
        owner ??= DemoOrgans.Qinzhou;
        return Team.Register(Caller(owner), kind, "平陆运河党员突击队", "攻坚重大项目建设中的难点堵点", FormedOn, null, null, Now);
    }

    public static Team RegisterBranch(DateOnly dissolveBy) =>
        Team.Register(Owner, TeamKind.TemporaryPartyBranch, "减税办临时党支部", "把支部建在减税降费工作专班上", FormedOn, "钦州市税务局机关党委", dissolveBy, Now);

    public static DateOnly Day(int month, int day) => new(2026, month, day);
}
