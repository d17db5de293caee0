namespace Corridor.Benchmarks;

/// <summary>Valid resource batch items, distinct per prefix.</summary>
internal static class BatchItems
{
    public static List<Dictionary<string, object?>> Resources(string prefix, int count) =>
        Enumerable.Range(0, count).Select(n => Resource(prefix, n)).ToList();

    public static Dictionary<string, object?> Resource(string prefix, int n) => new()
    {
        ["externalReference"] = $"{prefix}-{n:D5}",
        ["title"] = $"港口物流运力 {prefix} {n}",
        ["description"] = "面向北部湾方向的集装箱运力",
        ["category"] = "LogisticsCapacity",
        ["capacity"] = 100 + (n % 50) + 0.5m,
        ["unit"] = "TEU/月",
        ["validFrom"] = "2026-01-01",
        ["validTo"] = "2026-12-31",
    };
}
