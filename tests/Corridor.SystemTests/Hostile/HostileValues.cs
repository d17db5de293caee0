using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace Corridor.SystemTests.Hostile;

/// <summary>CsCheck generators of the values an outside tester throws at an API: edge numbers and dates, injection and unicode edge strings, huge text.</summary>
public static class HostileValues
{
    private static readonly string[] Strings =
    [
        "", " ", "' OR '1'='1", "\"; DROP TABLE Projects; --", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x/a}", "{{7*7}}",
        "%00", "\0", "a\0b", "\ud800", "\udfff", "x\ud83d", "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "𠜎𠜱𠝹", "ﷺ", "null", "NaN", "-0", "1e309",
        "9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "00000000-0000-0000-0000-000000000000", "91450700MA5L00001X", "91450700MA5L000010",
        "450900", "441200", "000000", "999999", "Active", "Draft", "Coordinator", "*", "\"v1\"", "W/\"1\"", "-1", "0", "2147483648",
    ];

    private static readonly long[] Integers = [0, 1, -1, 2, 100, 9999, 10000, int.MaxValue, int.MinValue, (long)int.MaxValue + 1, long.MaxValue, long.MinValue];

    private static readonly string[] Dates = ["0001-01-01", "9999-12-31", "1900-02-28", "2000-02-29", "2026-01-01", "2026-12-31", "2100-01-01"];

    public static readonly Gen<string> Huge = Gen.Int[5_000, 70_000].Select(n => new string('長', n));

    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Strings)),
        (2, Gen.String),
        (1, Gen.Char.Array[0, 40].Select(chars => new string(chars))),
        (1, Huge),
        (2, Gen.Const<string>(() => Guid.NewGuid().ToString())),
        (1, Gen.OneOf(Dates)));

    public static readonly Gen<long> Integer = Gen.Frequency((3, Gen.OneOf(Integers)), (1, Gen.Long));

    public static readonly Gen<double> Real = Gen.Frequency(
        (2, Gen.OneOf(0.0, -0.0, 0.001, 0.005, 1e15, -1e15, 1e-300, 1.7976931348623157e308)), (1, Gen.Double));

    public static readonly Gen<string> Date = Gen.Frequency((3, Gen.OneOf(Dates)), (1, Gen.DateOnly.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), (1, Text));

    /// <summary>Any JSON value: the wrong type for whatever field it lands in most of the time.</summary>
    public static Gen<JsonNode?> Json(int depth) => depth <= 0 ? Leaf : Gen.Frequency(
        (8, Leaf),
        (1, Json(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
        (1, Gen.Select(Text, Json(depth - 1)).Array[0, 3].Select(pairs => (JsonNode?)Object(pairs))));

    private static readonly Gen<JsonNode?> Leaf = Gen.Frequency(
        (4, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Integer.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Real.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const<JsonNode?>(() => null)));

    /// <summary>Percent-encodes a path segment or query value as UTF-8 (a lone surrogate becomes U+FFFD, as any client would send it).</summary>
    public static string Escape(string value) =>
        string.Concat(System.Text.Encoding.UTF8.GetBytes(value).Select(b =>
            b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~'
                ? ((char)b).ToString() : $"%{b:X2}"));

    public static JsonObject Object(IEnumerable<(string Key, JsonNode? Value)> pairs)
    {
        var json = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            json[key] = value;
        }

        return json;
    }
}
