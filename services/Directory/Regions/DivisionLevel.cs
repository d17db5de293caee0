namespace Corridor.DirectoryService.Regions;

/// <summary>The level of a GB/T 2260 division, read from its code: "xx0000" a province, "xxxx00" a prefecture, otherwise a county.</summary>
public enum DivisionLevel
{
    Province,
    Prefecture,
    County,
}
