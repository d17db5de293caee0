using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;

namespace Corridor.DevTools.Demo;

/// <summary>
/// One demo organ per corridor region. Its unified social credit code is "11" (an organ of state) + the
/// region code + the organisation code "MB1" + region code, completed with the GB 32100 check character.
/// </summary>
public static class DemoOrgans
{
    public const string Guangxi = "450000";
    public const string Guangdong = "440000";
    public const string Nanning = "450100";
    public const string Qinzhou = "450700";
    public const string Yulin = "450900";
    public const string Hezhou = "451100";
    public const string Zhanjiang = "440800";
    public const string Zhaoqing = "441200";

    public static IReadOnlyList<DemoOrgan> All { get; } =
        [.. CorridorRegions.All.Select(r => new DemoOrgan(r.Code, r.ChineseName, r.ChineseName + "直属机关工作委员会", OrganIdOf(r.Code)))];

    /// <summary>The demo organ of a member region.</summary>
    public static DemoOrgan Of(string regionCode) =>
        All.FirstOrDefault(o => o.RegionCode == regionCode)
        ?? throw new ArgumentException($"{regionCode} is not a corridor member region.", nameof(regionCode));

    private static string OrganIdOf(string regionCode) => UnifiedSocialCreditCode.Complete($"11{regionCode}MB1{regionCode}");
}
