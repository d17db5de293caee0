namespace Corridor.BuildingBlocks.Directory;

/// <summary>What a GB/T 2260 division code says by itself.</summary>
public static class RegionCodes
{
    /// <summary>The province a division belongs to: its first two digits followed by "0000".</summary>
    public static string ProvinceOf(string code) => code.Length == 6 ? string.Concat(code.AsSpan(0, 2), "0000") : code;
}
