using Corridor.BuildingBlocks.Directory;

namespace Corridor.DirectoryService.Regions;

/// <summary>One division of the GB/T 2260 table: a six-digit code, its Chinese name and the division it lies in.</summary>
public sealed record Division(string Code, string Name, string? ParentCode)
{
    public DivisionLevel Level => LevelOf(Code);

    /// <summary>The province the division lies in (itself for a province).</summary>
    public string ProvinceCode => RegionCodes.ProvinceOf(Code);

    public static DivisionLevel LevelOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? DivisionLevel.Province
        : code.EndsWith("00", StringComparison.Ordinal) ? DivisionLevel.Prefecture
        : DivisionLevel.County;

    /// <summary>The name used in replies: "province", "prefecture" or "county".</summary>
    public string LevelName => Level.ToString().ToLowerInvariant();
}
