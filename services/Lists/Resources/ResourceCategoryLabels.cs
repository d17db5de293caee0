namespace Corridor.Lists.Resources;

/// <summary>The Chinese labels partner provinces use for resource categories in their sheets.</summary>
public static class ResourceCategoryLabels
{
    public static readonly IReadOnlyDictionary<ResourceCategory, string> All = new Dictionary<ResourceCategory, string>
    {
        [ResourceCategory.Policy] = "政策",
        [ResourceCategory.Funding] = "资金",
        [ResourceCategory.LogisticsCapacity] = "物流运力",
        [ResourceCategory.PortAndChannel] = "港口通道",
        [ResourceCategory.TalentAndExpertise] = "人才智力",
        [ResourceCategory.PlatformOrVenue] = "平台场地",
        [ResourceCategory.Data] = "数据",
        [ResourceCategory.Other] = "其他",
    };
}
