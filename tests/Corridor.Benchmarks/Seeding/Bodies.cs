using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Benchmarks.Seeding;

/// <summary>Valid request bodies, distinct per number, as the public APIs take them.</summary>
public static class Bodies
{
    public static readonly string EnterpriseCode = UnifiedSocialCreditCode.Complete("91450700MA5L00001");

    // A fixed share of the problems falls in the filtered list page (Logistics, High): one in four.
    private static readonly string[] Categories = ["Logistics", "Customs", "Policy", "Talent"];
    private static readonly string[] Severities = ["High", "Medium"];

    public static string CategoryOf(long n) => Categories[n % Categories.Length];

    public static string SeverityOf(long n) => Severities[n / Categories.Length % Severities.Length];

    public static Dictionary<string, object?> Problem(string prefix, long n) => new()
    {
        ["title"] = $"基准问题 {prefix} {n}",
        ["description"] = "旺季班列舱位紧张，企业货物滞港，需协调增开班列并优化通关流程",
        ["category"] = CategoryOf(n),
        ["severity"] = SeverityOf(n),
        ["enterpriseCreditCode"] = EnterpriseCode,
        ["externalReference"] = $"{prefix}-{n:D7}",
    };

    public static List<Dictionary<string, object?>> Problems(string prefix, int count) =>
        Enumerable.Range(0, count).Select(n => Problem(prefix, n)).ToList();

    public static object Project(long n) => new
    {
        title = $"基准项目 {n}",
        description = "两地机关党组织联合推动产业转移承接与招商协作",
        partners = new[] { new { organId = DemoOrgans.Guangdong.Id, regionCode = DemoOrgans.Guangdong.RegionCode } },
        agreementId = (Guid?)null,
    };

    public static object Team(long n) => new
    {
        kind = "PartyMemberCommando",
        name = $"基准突击队 {n}",
        mission = "攻坚重大项目建设中的难点堵点",
        formedOn = "2026-03-01",
    };

    public static object Agreement(long n) => new
    {
        kind = "PairingAgreement",
        title = $"基准协议 {n}",
        parties = new[]
        {
            new { organId = DemoOrgans.Yulin.Id, organName = DemoOrgans.Yulin.Name, regionCode = DemoOrgans.Yulin.RegionCode },
            new { organId = DemoOrgans.Zhaoqing.Id, organName = DemoOrgans.Zhaoqing.Name, regionCode = DemoOrgans.Zhaoqing.RegionCode },
        },
        termStart = "2026-01-01",
        termEnd = "2028-12-31",
    };
}
