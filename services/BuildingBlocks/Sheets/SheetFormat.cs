namespace Corridor.BuildingBlocks.Sheets;

/// <summary>Tells an .xlsx workbook from a CSV file by content first (a zip), then by name.</summary>
internal static class SheetFormat
{
    public enum Kind
    {
        Unknown,
        Xlsx,
        Csv,
    }

    public static Kind Of(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isZip = content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return extension switch
        {
            ".xlsx" when isZip => Kind.Xlsx,
            ".csv" when !isZip && !content.Contains((byte)0) => Kind.Csv,
            _ => Kind.Unknown,
        };
    }
}
