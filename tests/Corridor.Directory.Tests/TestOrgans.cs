using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.DirectoryService.Organs;
using Corridor.Testing;

namespace Corridor.DirectoryService.Tests;

/// <summary>Credit codes valid in every part, callers and organs built straight from the domain.</summary>
internal static class TestOrgans
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    /// <summary>A 机关 (authority 1, category 1) registered in <paramref name="division"/>.</summary>
    public static string Code(string division, int serial) => UnifiedSocialCreditCode.Create('1', '1', division, $"MB{serial:D6}");

    /// <summary>A caller whose organ is in <paramref name="region"/>, with the given roles (a member when none).</summary>
    public static CallerIdentity Caller(string region, params string[] roles) =>
        new($"{region}/test", region, Code(region, 900), roles.Length == 0 ? [CorridorRoles.Member] : roles);

    public static DemoOrgan Organ(string region, string name = "测试机关") => new(Code(region, 900), name, region);

    public static OrganFields Fields(string fullName = "中共北海市直属机关工作委员会", string shortName = "北海市直属机关工委", string? parent = null) =>
        new(fullName, shortName, OrganLevel.Municipal, OrganKind.WorkingCommittee, parent);

    public static Organ Register(string region = "450500", int serial = 1, OrganFields? fields = null) =>
        Corridor.DirectoryService.Organs.Organ.Register(
            Caller(region, CorridorRoles.Coordinator), Code(region, serial), OrganIdKind.CreditCode, region, fields ?? Fields(), null, Now);
}
