using Corridor.BuildingBlocks.Domain;

namespace Corridor.Testing;

/// <summary>Organs of corridor regions with valid unified social credit codes, for tests.</summary>
public static class DemoOrgans
{
    public static DemoOrgan Guangxi { get; } = Create("450000", "广西壮族自治区直属机关工作委员会", 1);

    public static DemoOrgan Guangdong { get; } = Create("440000", "广东省直属机关工作委员会", 2);

    public static DemoOrgan Yulin { get; } = Create("450900", "玉林市直属机关工作委员会", 3);

    public static DemoOrgan Zhaoqing { get; } = Create("441200", "肇庆市直属机关工作委员会", 4);

    public static DemoOrgan Hezhou { get; } = Create("451100", "贺州市直属机关工作委员会", 5);

    public static DemoOrgan Zhanjiang { get; } = Create("440800", "湛江市直属机关工作委员会", 6);

    public static DemoOrgan Qinzhou { get; } = Create("450700", "钦州市直属机关工作委员会", 7);

    /// <summary>A second organ of Yulin, for records handled by another organ than the raiser's.</summary>
    public static DemoOrgan YulinBureau { get; } = new(UnifiedSocialCreditCode.Complete("11450900MB0000099"), "玉林市商务局", "450900");

    /// <summary>The organs every test host's directory read model knows (<see cref="KnownOrgansSeeding"/>).</summary>
    public static IReadOnlyList<DemoOrgan> All { get; } = [Guangxi, Guangdong, Yulin, Zhaoqing, Hezhou, Zhanjiang, Qinzhou, YulinBureau];

    private static DemoOrgan Create(string region, string name, int serial) =>
        new(UnifiedSocialCreditCode.Complete($"11{region}MB{serial:D7}"), name, region);
}

public sealed record DemoOrgan(string Id, string Name, string RegionCode);
