namespace Corridor.DevTools.Demo;

/// <summary>A resource a region offers (资源清单), keyed by the region's own reference.</summary>
public sealed record DemoResource(string Region, string Reference, string Title, string Category, decimal Capacity, string Unit, string Description);

/// <summary>A problem a region raises (问题清单) and how far its supervision has gone in the demo.</summary>
public sealed record DemoProblem(string Region, string Reference, string Title, string Category, string Severity, string Description, DemoProblemStage Stage);

public enum DemoProblemStage
{
    Open,
    InProgress,
    Closed,
}

/// <summary>Resource and problem lists of the corridor's ports and cities, in the words their staff would use.</summary>
public static class DemoLists
{
    public static IReadOnlyList<DemoResource> Resources { get; } =
    [
        new("440800", "ZJ-R-001", "湛江港 集装箱航线舱位", "LogisticsCapacity", 400, "TEU/月", "湛江—东南亚周班航线，可为西部陆海新通道出口货物预留舱位"),
        new("440800", "ZJ-R-002", "湛江港 散货泊位作业窗口", "PortAndChannel", 6, "泊位·日/月", "宝满港区散货泊位，旺季前可协调作业窗口"),
        new("450700", "QZ-R-001", "钦州港 海铁联运班列运力", "LogisticsCapacity", 120, "车/周", "钦州港东站至重庆、成都方向班列"),
        new("450700", "QZ-R-002", "钦州港 通关业务骨干", "TalentAndExpertise", 8, "人", "海关、边检业务骨干可赴兄弟城市开展业务交流"),
        new("441200", "ZQ-R-001", "肇庆 产业转移引导资金", "Funding", 3000, "万元", "支持承接粤港澳大湾区产业转移的配套项目"),
        new("450900", "YL-R-001", "玉林 机关党建联建活动场地", "PlatformOrVenue", 2, "处", "可承办跨省联学联建活动"),
    ];

    public static IReadOnlyList<DemoProblem> Problems { get; } =
    [
        new("450900", "YL-P-001", "玉林出口企业东南亚航线舱位紧张", "Logistics", "High", "旺季订舱难，影响玉林机械、陶瓷企业出口交期", DemoProblemStage.InProgress),
        new("451100", "HZ-P-001", "贺州石材企业通关时间偏长", "Customs", "Medium", "查验排队时间长，希望与湛江口岸建立协作机制", DemoProblemStage.Closed),
        new("450700", "QZ-P-001", "平陆运河配套物流园区用地指标不足", "LandAndPlanning", "Critical", "园区二期用地指标待协调", DemoProblemStage.Open),
        new("441200", "ZQ-P-001", "肇庆承接产业转移企业技术人才短缺", "Talent", "Medium", "新落地企业缺少熟练技术工人和跨境电商人才", DemoProblemStage.Open),
    ];

    /// <summary>The problem met by a resource through an accepted match (a commitment).</summary>
    public static (string ProblemReference, string ResourceReference) Commitment { get; } = ("YL-P-001", "ZJ-R-001");
}
