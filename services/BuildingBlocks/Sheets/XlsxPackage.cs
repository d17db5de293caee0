using System.IO.Compression;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// Measures an .xlsx package before MiniExcel unpacks it (zip-bomb defence): the entries' sizes from the zip directory,
/// their compression ratios, and the width of each worksheet, declared and actual (MiniExcel gives every row as many
/// cells as the widest, and its work per row grows with the width), in one streaming pass over the worksheet's XML.
/// .NET's zip reader stops each entry at its declared size, so the declared sizes bound the real ones.
/// </summary>
internal static class XlsxPackage
{
    private static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public static void Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > SheetLimits.MaxPackageEntries)
            {
                throw TooLarge($"The workbook holds more than {SheetLimits.MaxPackageEntries} parts; save it again as a plain .xlsx.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > SheetLimits.MaxUncompressedBytes)
                {
                    throw TooLarge($"The workbook unpacks to more than {SheetLimits.MaxUncompressedBytes / (1024 * 1024)} MB; split it.");
                }

                if (entry.Length >= SheetLimits.RatioCheckedFromBytes && entry.Length > Math.Max(1, entry.CompressedLength) * SheetLimits.MaxCompressionRatio)
                {
                    throw TooLarge($"The workbook part '{entry.FullName}' is compressed more than {SheetLimits.MaxCompressionRatio} times; it is not a sheet we read.");
                }
            }

            foreach (var worksheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                CheckWidth(worksheet);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            throw new SheetFileException("import.unreadable-file", "The workbook could not be read; save it again as .xlsx.", inner: ex);
        }
    }

    // The declared <dimension ref="A1:XFD1048576"/> first, then every cell's own column (its r="XFD7", or its place in
    // the row without one): a sheet without a dimension, or with a false one, is as wide as its widest row.
    private static void CheckWidth(ZipArchiveEntry worksheet)
    {
        using var stream = worksheet.Open();
        using var reader = XmlReader.Create(stream, Xml);
        var place = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var columns = reader.LocalName switch
            {
                "dimension" => ColumnOf(reader.GetAttribute("ref") is { } range ? range[(range.LastIndexOf(':') + 1)..] : null, 0),
                "row" => place = 0,
                "c" => place = (int)ColumnOf(reader.GetAttribute("r"), place + 1),
                _ => 0,
            };
            if (columns > SheetLimits.MaxColumns)
            {
                throw SheetReader.TooWide(columns);
            }
        }
    }

    // The column number of a cell reference (its letters), or the given place when there is none.
    private static long ColumnOf(string? reference, int place)
    {
        if (reference is null)
        {
            return place;
        }

        long column = 0;
        foreach (var letter in reference)
        {
            if (!char.IsAsciiLetter(letter))
            {
                break;
            }

            column = Math.Min((column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1), int.MaxValue);
        }

        return column;
    }

    private static SheetFileException TooLarge(string message) =>
        new("import.file-too-large", message, StatusCodes.Status413PayloadTooLarge);
}
