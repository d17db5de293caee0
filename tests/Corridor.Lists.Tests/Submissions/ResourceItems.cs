namespace Corridor.Lists.Tests.Submissions;

/// <summary>Resource batch items as a partner region would send them.</summary>
internal static class ResourceItems
{
    public const string Batch = "/api/v1/resources/batch";
    public const string Import = "/api/v1/resources/import";

    public static Dictionary<string, object?> Valid(int n) => new()
    {
        ["externalReference"] = $"YL-R-{n:D5}",
        ["title"] = $"玉林港口物流运力 {n}",
        ["description"] = "面向湛江、钦州方向的集装箱运力",
        ["category"] = "LogisticsCapacity",
        ["capacity"] = 100 + (n % 50) + 0.5m,
        ["unit"] = "TEU/月",
        ["validFrom"] = "2026-01-01",
        ["validTo"] = "2026-12-31",
    };

    /// <summary>Every 20th item (5 %) is broken in one field, in turn; the field the answer must name.</summary>
    public static (List<Dictionary<string, object?>> Items, Dictionary<int, string> Invalid) WithFivePercentInvalid(int count)
    {
        var items = new List<Dictionary<string, object?>>(count);
        var invalid = new Dictionary<int, string>();
        for (var i = 0; i < count; i++)
        {
            var item = Valid(i);
            if (i % 20 == 7)
            {
                invalid[i] = Break(item, i / 20 % 5);
            }

            items.Add(item);
        }

        return (items, invalid);
    }

    private static string Break(Dictionary<string, object?> item, int how)
    {
        switch (how)
        {
            case 0:
                item["title"] = "";
                return "title";
            case 1:
                item["category"] = "Spaceships";
                return "category";
            case 2:
                item["capacity"] = -3m;
                return "capacity";
            case 3:
                item["validTo"] = "2025-06-30";
                return "validTo";
            default:
                item["externalReference"] = null;
                return "externalReference";
        }
    }
}
