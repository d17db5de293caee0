using Corridor.Testing;

namespace Corridor.Lists.Tests.Writes;

/// <summary>Request bodies shared by the idempotent-write tests: one per record type a region owns in Lists.</summary>
internal static class WriteBodies
{
    public static object Problem(string title = "钦州港铁海联运班列运力不足", string? externalReference = null) => new
    {
        title,
        description = "旺季班列舱位紧张，企业货物滞港",
        category = "Logistics",
        severity = "High",
        externalReference,
    };

    public static object Resource(decimal capacity = 100m, string? externalReference = null) => new
    {
        title = "钦州港 集装箱舱位",
        description = "北部湾港至新加坡航线",
        category = "LogisticsCapacity",
        capacity,
        unit = "TEU/月",
        validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        validTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
        externalReference,
    };

    public static object Project(string title = "玉林—肇庆 党建引领产业协作", decimal budget = 880000.50m) => new
    {
        title,
        description = "两地机关党组织联合推动产业转移承接与招商协作",
        category = "IndustrialCooperation",
        budget,
        partners = new[] { new { organId = DemoOrgans.Zhaoqing.Id, regionCode = DemoOrgans.Zhaoqing.RegionCode } },
    };
}
