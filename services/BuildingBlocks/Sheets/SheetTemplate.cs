using System.Data;
using CsvHelper;
using MiniExcelLibs;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// The empty template of a list type: the header row in Chinese, which <see cref="SheetReader"/> reads back;
/// the workbook's second sheet lists the values the choice columns accept.
/// </summary>
public static class SheetTemplate
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string ValuesSheetName = "取值说明";

    public static byte[] Xlsx(SheetLayout layout)
    {
        using var table = new DataTable(layout.ListName);
        foreach (var column in layout.Columns)
        {
            table.Columns.Add(column.TemplateHeader, typeof(string));
        }

        using var values = new DataTable(ValuesSheetName);
        values.Columns.Add("列 Column", typeof(string));
        values.Columns.Add("填写 Write", typeof(string));
        values.Columns.Add("English", typeof(string));
        foreach (var column in layout.Columns.Where(c => c.Choices is not null))
        {
            foreach (var (name, label) in column.Choices!.Choices)
            {
                values.Rows.Add(column.TemplateHeader, label, name);
            }
        }

        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object> { [layout.ListName] = table, [ValuesSheetName] = values };
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
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
