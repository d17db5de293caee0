using System.Collections.Frozen;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>What a GB/T 2260 division code says by itself; whether a region is a member is the directory's to say.</summary>
public static class RegionCodes
{
    // The provincial-level divisions of GB/T 2260: the first two digits of every code.
    private static readonly FrozenSet<string> Provinces = FrozenSet.Create(
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /// <summary>Six digits under a provincial-level division's prefix (a code the table could hold).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && Provinces.Contains(code[..2]);

    /// <summary>The province a division belongs to: its first two digits followed by "0000".</summary>
    public static string ProvinceOf(string code) => code.Length == 6 ? string.Concat(code.AsSpan(0, 2), "0000") : code;
}
