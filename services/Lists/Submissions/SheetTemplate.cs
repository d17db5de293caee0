using System.Data;
using CsvHelper;
using MiniExcelLibs;

namespace Corridor.Lists.Submissions;

/// <summary>The empty template of a list type: the header row in Chinese, which <see cref="SheetReader"/> reads back.</summary>
public static class SheetTemplate
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Xlsx(SheetLayout layout)
    {
        using var table = new DataTable(layout.ListName);
        foreach (var column in layout.Columns)
        {
            table.Columns.Add(column.TemplateHeader, typeof(string));
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, table, sheetName: layout.ListName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>UTF-8 with a BOM, so spreadsheet programs open the Chinese headers correctly.</summary>
    public static byte[] Csv(SheetLayout layout)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteRecord(layout.Columns.Select(c => c.TemplateHeader).ToArray());
        }

        return stream.ToArray();
    }
}
