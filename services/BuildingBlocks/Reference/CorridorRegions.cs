using System.Collections.Frozen;

namespace Corridor.BuildingBlocks.Reference;

/// <summary>
/// The corridor's member regions (GB/T 2260 division codes), carried in the project so nothing reads
/// shared reference files at run time.
/// </summary>
public static class CorridorRegions
{
    public const string SecretariatRegion = "450000";

    public static readonly IReadOnlyList<Region> All =
    [
        new("450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region", null),
        new("500000", "重庆市", "Chongqing", null),
        new("520000", "贵州省", "Guizhou", null),
        new("620000", "甘肃省", "Gansu", null),
        new("630000", "青海省", "Qinghai", null),
        new("650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region", null),
        new("530000", "云南省", "Yunnan", null),
        new("640000", "宁夏回族自治区", "Ningxia Hui Autonomous Region", null),
        new("610000", "陕西省", "Shaanxi", null),
        new("510000", "四川省", "Sichuan", null),
        new("150000", "内蒙古自治区", "Inner Mongolia Autonomous Region", null),
        new("540000", "西藏自治区", "Tibet Autonomous Region", null),
        new("460000", "海南省", "Hainan", null),
        new("440000", "广东省", "Guangdong", null),
        new("440800", "湛江市", "Zhanjiang", "440000"),
        new("441200", "肇庆市", "Zhaoqing", "440000"),
        new("430000", "湖南省", "Hunan", null),
        new("431200", "怀化市", "Huaihua", "430000"),
        new("450100", "南宁市", "Nanning", "450000"),
        new("450700", "钦州市", "Qinzhou (Pinglu Canal)", "450000"),
        new("450900", "玉林市", "Yulin", "450000"),
        new("451100", "贺州市", "Hezhou", "450000"),
    ];

    private static readonly FrozenDictionary<string, Region> ByCode = All.ToFrozenDictionary(r => r.Code);

    public static bool IsMember(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Region? Find(string code) => ByCode.GetValueOrDefault(code);

    public sealed record Region(string Code, string ChineseName, string EnglishName, string? ParentCode);
}
