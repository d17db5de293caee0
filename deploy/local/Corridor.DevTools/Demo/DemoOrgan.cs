namespace Corridor.DevTools.Demo;

/// <summary>A region's organ in the demo data: its organs' party-building working committee (直属机关工作委员会).</summary>
public sealed record DemoOrgan(string RegionCode, string RegionName, string Name, string OrganId);
