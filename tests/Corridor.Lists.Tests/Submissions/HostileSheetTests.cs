using System.IO.Compression;
using System.Text;
using Corridor.BuildingBlocks.Sheets;
using Xunit.Abstractions;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>
/// Hostile uploads are refused after bounded work: the rows are streamed and every row read counts (blank ones too), and an
/// .xlsx package is measured before it is unpacked. Work is measured as bytes allocated, not time.
/// </summary>
public sealed class HostileSheetTests(ITestOutputHelper output)
{
    private const long Megabyte = 1024 * 1024;

    private static readonly SheetLayout Layout = new("things",
    [
        new SheetColumn("name", SheetValueKind.Text, "名称", "Name"),
        new SheetColumn("amount", SheetValueKind.Number, "数量", "Amount"),
    ]);

    [Fact]
    public void The_generated_packages_are_workbooks_the_reader_reads()
    {
        var xlsx = HostileSheets.Xlsx("A1:B2", [HostileSheets.Row(1, "名称", "数量"), HostileSheets.Row(2, "甲", "3")]);

        var row = Assert.Single(SheetReader.Read("x.xlsx", xlsx, Layout).Rows);

        Assert.Equal((2, "甲"), (row.Row, row.Values["name"]!.GetValue<string>()));
    }

    [Fact]
    public void An_xlsx_of_blank_rows_is_refused_at_the_scan_limit_without_reading_the_rest()
    {
        const int blankRows = 10 * SheetLimits.MaxScannedRows;
        var xlsx = HostileSheets.Xlsx(
            $"A1:B{blankRows + 1}",
            [HostileSheets.Row(1, "名称", "数量"), .. Enumerable.Range(2, blankRows).Select(n => $"""<row r="{n}"><c r="A{n}"/></row>""")],
            CompressionLevel.NoCompression);

        var (refused, allocated) = Refusal("x.xlsx", xlsx);

        Assert.Equal("import.too-many-rows", refused.Code);
        Assert.True(allocated < 96 * Megabyte, $"Allocated {allocated / Megabyte} MB");
    }

    [Fact]
    public void A_csv_of_blank_rows_is_refused_at_the_scan_limit()
    {
        var csv = "名称,数量\n" + string.Concat(Enumerable.Repeat(",\n", 10 * SheetLimits.MaxScannedRows));

        var (refused, allocated) = Refusal("x.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal("import.too-many-rows", refused.Code);
        Assert.True(allocated < 32 * Megabyte, $"Allocated {allocated / Megabyte} MB");
    }

    [Fact]
    public void A_sheet_wider_than_the_limit_is_refused_whether_its_dimension_says_so_or_its_cells_do()
    {
        var declared = HostileSheets.Xlsx("A1:XFD1048576", [HostileSheets.Row(1, "名称", "数量")]);
        var cells = HostileSheets.Xlsx(null, [HostileSheets.Row(1, [.. Enumerable.Repeat("名称", 5_000)])]);
        var csv = Encoding.UTF8.GetBytes("名称" + string.Concat(Enumerable.Repeat(",x", 5_000)) + "\n甲\n");

        foreach (var (name, content) in new[] { ("declared.xlsx", declared), ("cells.xlsx", cells), ("wide.csv", csv) })
        {
            var (refused, allocated) = Refusal(name, content);
            Assert.Equal("import.too-many-columns", refused.Code);
            Assert.True(allocated < 32 * Megabyte, $"{name}: allocated {allocated / Megabyte} MB");
        }
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_its_directory_before_anything_is_unpacked()
    {
        var hugeOnUnpacking = HostileSheets.Bomb(SheetLimits.MaxUncompressedBytes + Megabyte);
        var packedTooTightly = HostileSheets.Bomb(8 * Megabyte);

        foreach (var bomb in new[] { hugeOnUnpacking, packedTooTightly })
        {
            var (refused, allocated) = Refusal("bomb.xlsx", bomb);
            Assert.Equal(("import.file-too-large", 413), (refused.Code, refused.Status));
            Assert.True(allocated < 4 * Megabyte, $"Allocated {allocated / Megabyte} MB for a {bomb.Length / 1024} KB file");
        }
    }

    [Fact]
    public void A_csv_line_longer_than_the_limit_is_refused()
    {
        var csv = Encoding.UTF8.GetBytes("名称,数量\n\"" + new string('x', 4 * SheetLimits.MaxCsvLineBytes) + "\",1\n");

        var (refused, allocated) = Refusal("long.csv", csv);

        Assert.Equal(("import.line-too-long", 413), (refused.Code, refused.Status));
        Assert.True(allocated < 4 * Megabyte, $"Allocated {allocated / Megabyte} MB");
    }

    [Fact]
    public void A_quoted_csv_record_spanning_many_short_lines_is_refused_past_the_record_size()
    {
        var lines = string.Concat(Enumerable.Repeat("x\n", 4 * SheetLimits.MaxCsvLineBytes / 2));
        var csv = Encoding.UTF8.GetBytes("名称,数量\n\"" + lines + "\",1\n");

        var (refused, _) = Refusal("unclosed.csv", csv);

        Assert.Equal("import.unreadable-file", refused.Code);
    }

    private (SheetFileException Refused, long Allocated) Refusal(string fileName, byte[] content)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<SheetFileException>(() => SheetReader.Read(fileName, content, Layout));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{fileName} ({content.Length / 1024} KB): {refused.Code} after {allocated / 1024} KB allocated");
        return (refused, allocated);
    }
}
