using System.Globalization;
using Corridor.Testing;

namespace Corridor.Benchmarks.Mirror;

/// <summary>The bodies of the mirror run's writes, the ones the corridor-sync acceptance test sends (tests/Corridor.Sync.Tests/EndToEnd).</summary>
internal static class WriteBodies
{
    public static object Problem(string reference) => new
    {
        title = $"问题 {reference}",
        description = "旺季班列舱位紧张，企业货物滞港",
        category = "Logistics",
        severity = "High",
        externalReference = reference,
    };

    public static object Urging(int n) => new { note = $"请尽快处理（第{n}次催办）" };

    public static object Duplicate(Guid survivor) => new { duplicateOf = survivor };

    public static object Resource(int n) => new
    {
        title = "钦州港 集装箱舱位",
        description = "北部湾港至新加坡航线",
        category = "LogisticsCapacity",
        capacity = 100 + n,
        unit = "TEU/月",
        validFrom = Day(0),
        validTo = Day(90),
    };

    public static object Agreement(string name, int n) => new
    {
        kind = "PairingAgreement",
        title = $"玉林–肇庆机关党建合作协议 {name}-{n}",
        parties = new[] { DemoOrgans.Yulin, DemoOrgans.Zhaoqing }.Select(o => new { organId = o.Id, organName = o.Name, regionCode = o.RegionCode }).ToArray(),
        termStart = "2026-01-01",
    };

    public static object Team(string name, int n) => new
    {
        kind = "PartyMemberCommando",
        name = $"平陆运河党员突击队 {name}",
        mission = $"攻坚重大项目建设中的难点堵点（第{n}版）",
        formedOn = "2026-03-01",
    };

    private static string Day(int offset) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
