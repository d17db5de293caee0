using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;

namespace Corridor.DevTools.Demo;

/// <summary>
/// The principal organ of every member region: its organs' party-building working committee (直属机关工作委员会), which
/// the region's demo people and sync client belong to. Its unified social credit code is valid in every part of GB 32100:
/// "11" (机构编制, 机关), the region's division, the organisation code "GW" + division with its GB 11714 check digit.
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
        [.. CorridorRegions.All.Select(r => new DemoOrgan(r.Code, r.ChineseName, r.ChineseName + "直属机关工作委员会", OrganIdOf(r.Code, "GW")))];

    /// <summary>The demo organ of a member region.</summary>
    public static DemoOrgan Of(string regionCode) =>
        All.FirstOrDefault(o => o.RegionCode == regionCode)
        ?? throw new ArgumentException($"{regionCode} is not a corridor member region.", nameof(regionCode));

    /// <summary>A demo organ's code: "11", the division, and an organisation code of a two-letter prefix and the division.</summary>
    public static string OrganIdOf(string regionCode, string prefix) => UnifiedSocialCreditCode.Create('1', '1', regionCode, prefix + regionCode);
}
