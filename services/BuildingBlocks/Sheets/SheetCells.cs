using System.Globalization;
using System.Text.Json.Nodes;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>Turns a cell as a spreadsheet library returns it (text, number, date) into the JSON value of its field.</summary>
internal static class SheetCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    public static bool TryConvert(object cell, SheetValueKind kind, out JsonNode? value, out string problem)
    {
        value = null;
        problem = "";
        switch (kind)
        {
            case SheetValueKind.Text:
                value = JsonValue.Create(Text(cell).Trim());
                return true;
            case SheetValueKind.Number when Number(cell) is { } number:
                value = JsonValue.Create(number);
                return true;
            case SheetValueKind.Number:
                problem = $"'{Text(cell)}' is not a number.";
                return false;
            case SheetValueKind.Date when Date(cell) is { } date:
                value = JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return true;
            default:
                problem = $"'{Text(cell)}' is not a date (use yyyy-MM-dd).";
                return false;
        }
    }

    private static string Text(object cell) => cell switch
    {
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static decimal? Number(object cell) => cell switch
    {
        decimal d => d,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        int i => i,
        long l => l,
        string s when decimal.TryParse(s.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static DateOnly? Date(object cell) => cell switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        // A date cell without a date style reaches us as its OLE serial number.
        double serial when serial is > 0 and < 2958466 && serial == Math.Floor(serial) => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };
}
