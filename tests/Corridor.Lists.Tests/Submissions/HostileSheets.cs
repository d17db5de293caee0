using System.IO.Compression;
using System.Text;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>Generated hostile uploads: .xlsx packages written part by part (so their XML and zip directory are exactly as given) and CSV text.</summary>
internal static class HostileSheets
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook of one sheet whose &lt;sheetData&gt; rows are <paramref name="rows"/>.</summary>
    public static byte[] Xlsx(string? dimension, IEnumerable<string> rows, CompressionLevel level = CompressionLevel.Optimal)
    {
        var sheet = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}">""");
        if (dimension is not null)
        {
            sheet.Append($"""<dimension ref="{dimension}"/>""");
        }

        sheet.Append("<sheetData>");
        foreach (var row in rows)
        {
            sheet.Append(row);
        }

        sheet.Append("</sheetData></worksheet>");
        return Package(level, ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(sheet.ToString())));
    }

    /// <summary>A row of inline-string cells from column A.</summary>
    public static string Row(int number, params string[] values) =>
        $"""<row r="{number}">{string.Concat(values.Select((v, i) => $"""<c r="{Corridor.BuildingBlocks.Sheets.SheetReader.ColumnLetter(i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>"""))}</row>""";

    /// <summary>A package whose worksheet part is <paramref name="bytes"/> bytes of one repeated letter in an XML comment: it packs about a thousand times.</summary>
    public static byte[] Bomb(long bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteSkeleton(zip, CompressionLevel.Optimal);
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            part.Write(Encoding.UTF8.GetBytes($"""<worksheet xmlns="{Main}"><!--"""));
            var chunk = Enumerable.Repeat((byte)'a', 1 << 20).ToArray();
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                part.Write(chunk);
            }

            part.Write("--><sheetData/></worksheet>"u8);
        }

        return buffer.ToArray();
    }

    private static byte[] Package(CompressionLevel level, params (string Name, byte[] Content)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteSkeleton(zip, level);
            foreach (var (name, content) in parts)
            {
                using var part = zip.CreateEntry(name, level).Open();
                part.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static void WriteSkeleton(ZipArchive zip, CompressionLevel level)
    {
        Write(zip, level, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Write(zip, level, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Write(zip, level, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{OfficeRelationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Write(zip, level, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
    }

    private static void Write(ZipArchive zip, CompressionLevel level, string name, string content)
    {
        using var part = zip.CreateEntry(name, level).Open();
        part.Write(Encoding.UTF8.GetBytes(content));
    }
}
