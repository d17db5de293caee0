namespace Corridor.Lists.Problems;

/// <summary>The Chinese labels partner provinces use for problem categories and severities in their sheets.</summary>
public static class ProblemLabels
{
    public static readonly IReadOnlyDictionary<ProblemCategory, string> Categories = new Dictionary<ProblemCategory, string>
    {
        [ProblemCategory.Policy] = "政策",
        [ProblemCategory.Funding] = "资金",
        [ProblemCategory.Logistics] = "物流运力",
        [ProblemCategory.PortAndChannel] = "港口通道",
        [ProblemCategory.Customs] = "通关",
        [ProblemCategory.Talent] = "人才",
        [ProblemCategory.LandAndPlanning] = "用地规划",
        [ProblemCategory.Data] = "数据共享",
        [ProblemCategory.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<ProblemSeverity, string> Severities = new Dictionary<ProblemSeverity, string>
    {
        [ProblemSeverity.Low] = "低",
        [ProblemSeverity.Medium] = "中",
        [ProblemSeverity.High] = "高",
        [ProblemSeverity.Critical] = "紧急",
    };
}
