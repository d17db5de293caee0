using Corridor.Teams.Teams;
using Corridor.Testing;

namespace Corridor.Teams.Tests;

/// <summary>Teams built straight from the domain.</summary>
internal static class TestTeams
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static readonly DateOnly FormedOn = new(2026, 3, 1);

    public static Team Register(DemoOrgan? owner = null)
    {
        owner ??= DemoOrgans.Qinzhou;
        return Team.Register(TeamKind.PartyMemberCommando, "平陆运河党员突击队", owner.Id, owner.RegionCode, "攻坚重大项目建设中的难点堵点", FormedOn, Now);
    }

    public static DateOnly Day(int month, int day) => new(2026, month, day);
}
