using System.Text;
using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Sheets;
using MiniExcelLibs;

namespace Corridor.Lists.Tests.Submissions;

public sealed class SheetReaderTests
{
    private static readonly SheetLayout Layout = new("things",
    [
        new SheetColumn("name", SheetValueKind.Text, "名称", "Name"),
        new SheetColumn("amount", SheetValueKind.Number, "数量", "Amount"),
        new SheetColumn("start", SheetValueKind.Date, "开始日期", "Start date"),
    ]);

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_are_the_spreadsheet_ones(int index, string letters) =>
        Assert.Equal(letters, SheetReader.ColumnLetter(index));

    [Fact]
    public void Csv_headers_match_in_any_case_and_spacing_unknown_columns_are_ignored_and_rows_keep_their_numbers()
    {
        var csv = "Remark, start DATE ,NAME,amount\r\nx,2026-05-01,Alpha,1.5\r\n\r\ny,,Beta,\"1,200\"\r\n";

        var sheet = SheetReader.Read("a.csv", Encoding.UTF8.GetBytes(csv), Layout);

        Assert.Equal(["start", "name", "amount"], sheet.Columns.Select(c => c.Column.Field).ToArray());
        Assert.Equal(["B", "C", "D"], sheet.Columns.Select(c => c.Letter).ToArray());
        Assert.Equal([2, 4], sheet.Rows.Select(r => r.Row).ToArray());
        Assert.Equal("2026-05-01", sheet.Rows[0].Values["start"]!.GetValue<string>());
        Assert.Equal(1200m, sheet.Rows[1].Values["amount"]!.GetValue<decimal>());
        Assert.False(sheet.Rows[1].Values.ContainsKey("start"));
    }

    [Fact]
    public void A_choice_column_takes_the_Chinese_label_or_the_name_in_any_case_and_spacing_and_reports_anything_else_with_the_choices()
    {
        var layout = new SheetLayout("levels",
        [
            new SheetColumn("level", SheetValueKind.Text, "级别", "Level") { Choices = new SheetChoices([("Low", "低"), ("VeryHigh", "很高")]) },
        ]);

        var sheet = SheetReader.Read("a.csv", Encoding.UTF8.GetBytes("级别\n低\nvery high\n 很高 \n中\n"), layout);

        Assert.Equal(["Low", "VeryHigh", "VeryHigh"], sheet.Rows.Take(3).Select(r => r.Values["level"]!.GetValue<string>()).ToArray());
        var error = Assert.Single(sheet.Rows[3].CellErrors);
        Assert.Equal(new FieldError("level", "'中' is not one of: 低 (Low), 很高 (VeryHigh).", "级别", "A"), error);
    }

    [Fact]
    public void A_cell_of_the_wrong_kind_is_reported_with_its_header_and_letter()
    {
        var sheet = SheetReader.Read("a.csv", Encoding.UTF8.GetBytes("名称,数量,开始日期\n甲,三个,2026-02-30\n"), Layout);

        var errors = Assert.Single(sheet.Rows).CellErrors;
        Assert.Equal(2, errors.Count);
        Assert.Equal(new FieldError("amount", "'三个' is not a number.", "数量", "B"), errors[0]);
        Assert.Equal(("start", "开始日期", "C"), (errors[1].Field, errors[1].Column, errors[1].ColumnLetter));
    }

    [Fact]
    public void An_xlsx_sheet_keeps_row_numbers_across_blank_rows_and_reads_date_and_number_cells()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["名称"] = "甲", ["数量"] = 3, ["开始日期"] = new DateTime(2026, 4, 1) },
            new Dictionary<string, object?> { ["名称"] = null, ["数量"] = null, ["开始日期"] = null },
            new Dictionary<string, object?> { ["名称"] = 42, ["数量"] = 0.25, ["开始日期"] = "2026-04-02" },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, excelType: ExcelType.XLSX);

        var sheet = SheetReader.Read("x.xlsx", stream.ToArray(), Layout);

        Assert.Equal([2, 4], sheet.Rows.Select(r => r.Row).ToArray());
        Assert.Equal("2026-04-01", sheet.Rows[0].Values["start"]!.GetValue<string>());
        Assert.Equal(3m, sheet.Rows[0].Values["amount"]!.GetValue<decimal>());
        Assert.Equal("42", sheet.Rows[1].Values["name"]!.GetValue<string>());
        Assert.Equal(0.25m, sheet.Rows[1].Values["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public void A_file_without_a_known_header_or_of_another_kind_is_refused_as_a_whole()
    {
        Assert.Equal("import.no-known-columns", Assert.Throws<SheetFileException>(() => SheetReader.Read("a.csv", "x,y\n1,2\n"u8.ToArray(), Layout)).Code);
        Assert.Equal("import.empty-file", Assert.Throws<SheetFileException>(() => SheetReader.Read("a.csv", [], Layout)).Code);
        Assert.Equal(415, Assert.Throws<SheetFileException>(() => SheetReader.Read("a.pdf", "%PDF"u8.ToArray(), Layout)).Status);
    }
}
