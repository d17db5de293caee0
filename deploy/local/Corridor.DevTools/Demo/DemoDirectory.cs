using static Corridor.DevTools.Demo.DemoOrgans;

namespace Corridor.DevTools.Demo;

/// <summary>
/// The organs of the demo directory: every member region's working committee (<see cref="DemoOrgans"/>), the regions'
/// commerce and transport organs, units of the central authorities stationed in Guangxi (中直驻桂单位) and one organ
/// party organisation without a credit code. Real names; the codes are made up but valid in every part of GB 32100.
/// </summary>
public static class DemoDirectory
{
    public static DemoDirectoryOrgan GuangxiCommerce { get; } = Organ(Guangxi, "BC", "广西壮族自治区商务厅", "自治区商务厅");

    public static DemoDirectoryOrgan GuangxiTransport { get; } = Organ(Guangxi, "JT", "广西壮族自治区交通运输厅", "自治区交通运输厅");

    public static DemoDirectoryOrgan GuangxiTaxation { get; } = Organ(Guangxi, "RT", "国家税务总局广西壮族自治区税务局", "广西税务局", "Stationed");

    public static DemoDirectoryOrgan NanningCustoms { get; } = Organ(Guangxi, "HG", "中华人民共和国南宁海关", "南宁海关", "Stationed");

    public static DemoDirectoryOrgan GuangdongCommerce { get; } = Organ(Guangdong, "BC", "广东省商务厅", "省商务厅");

    public static DemoDirectoryOrgan GuangdongTransport { get; } = Organ(Guangdong, "JT", "广东省交通运输厅", "省交通运输厅");

    public static DemoDirectoryOrgan YulinCommerce { get; } = Organ(Yulin, "BC", "玉林市商务局", "市商务局", "Municipal");

    public static DemoDirectoryOrgan YulinIndustry { get; } = Organ(Yulin, "GX", "玉林市工业和信息化局", "市工信局", "Municipal");

    public static DemoDirectoryOrgan ZhaoqingCommerce { get; } = Organ(Zhaoqing, "BC", "肇庆市商务局", "市商务局", "Municipal");

    public static DemoDirectoryOrgan QinzhouTransport { get; } = Organ(Qinzhou, "JT", "钦州市交通运输局", "市交通运输局", "Municipal");

    public static DemoDirectoryOrgan HezhouDevelopment { get; } = Organ(Hezhou, "FG", "贺州市发展和改革委员会", "市发展改革委", "Municipal");

    public static DemoDirectoryOrgan ZhanjiangCommerce { get; } = Organ(Zhanjiang, "BC", "湛江市商务局", "市商务局", "Municipal");

    public static DemoDirectoryOrgan NanningCommerce { get; } = Organ(Nanning, "BC", "南宁市商务局", "市商务局", "Municipal");

    /// <summary>The Yulin commerce bureau's party branch: an organ party organisation without a credit code of its own.</summary>
    public static DemoDirectoryOrgan YulinCommerceBranch { get; } = new(
        "yulin-commerce-branch", Yulin, null, "中共玉林市商务局机关支部委员会", "市商务局机关支部", "Municipal", "OrganPartyOrganization", YulinCommerce.OrganId);

    /// <summary>Every organ, parents before the units under them.</summary>
    public static IReadOnlyList<DemoDirectoryOrgan> Organs { get; } =
    [
        .. DemoOrgans.All.Select(o => new DemoDirectoryOrgan(
            $"committee-{o.RegionCode}", o.RegionCode, o.OrganId, o.Name, ShortNameOf(o), LevelOf(o.RegionCode), "WorkingCommittee")),
        GuangxiCommerce, GuangxiTransport, GuangxiTaxation, NanningCustoms, GuangdongCommerce, GuangdongTransport,
        YulinCommerce, YulinIndustry, ZhaoqingCommerce, QinzhouTransport, HezhouDevelopment, ZhanjiangCommerce, NanningCommerce,
        YulinCommerceBranch,
    ];

    /// <summary>The region's commerce organ (商务厅/商务局), if the demo directory has one.</summary>
    public static DemoDirectoryOrgan? CommerceOf(string regionCode) =>
        Organs.FirstOrDefault(o => o.RegionCode == regionCode && o.Reference.StartsWith("bc-", StringComparison.Ordinal));

    // Province-level members end in "0000"; the others are prefectures (cities).
    private static string LevelOf(string regionCode) => regionCode.EndsWith("0000", StringComparison.Ordinal) ? "Regional" : "Municipal";

    private static string ShortNameOf(DemoOrgan organ) => LevelOf(organ.RegionCode) == "Regional"
        ? (organ.RegionName.EndsWith('市') ? "市级机关工委" : organ.RegionName.EndsWith("自治区", StringComparison.Ordinal) ? "自治区直属机关工委" : "省直机关工委")
        : "市直机关工委";

    private static DemoDirectoryOrgan Organ(string region, string prefix, string fullName, string shortName, string? level = null) =>
        new($"{prefix.ToLowerInvariant()}-{region}", region, OrganIdOf(region, prefix), fullName, shortName, level ?? LevelOf(region), "Organ");
}
