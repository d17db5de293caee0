using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using Corridor.BuildingBlocks.Batches;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// Reads .xlsx (MiniExcel) and .csv (CsvHelper) uploads into typed rows of a <see cref="SheetLayout"/>.
/// Row 1 is the header row; numbers are the rows as the user sees them in the sheet. Rows are streamed and reading
/// stops at the first limit of <see cref="SheetLimits"/> a file passes.
/// </summary>
public static class SheetReader
{
    public const int MaxRows = SheetLimits.MaxRows;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static Sheet Read(string fileName, byte[] content, SheetLayout layout)
    {
        var rawRows = SheetFormat.Of(fileName, content) switch
        {
            SheetFormat.Kind.Xlsx => ReadXlsx(content),
            SheetFormat.Kind.Csv => ReadCsv(content),
            _ => throw new SheetFileException(
                "import.unsupported-file", "Upload an .xlsx workbook or a .csv file (UTF-8).", StatusCodes.Status415UnsupportedMediaType),
        };
        return ToSheet(rawRows, layout);
    }

    private static Sheet ToSheet(IEnumerable<(int Row, IReadOnlyList<object?> Cells)> rawRows, SheetLayout layout)
    {
        using var rows = rawRows.GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new SheetFileException("import.empty-file", "The file has no header row.");
        }

        var positions = new List<(int Index, SheetColumnPosition Position)>();
        var headerCells = rows.Current.Cells;
        for (var i = 0; i < headerCells.Count; i++)
        {
            var header = Convert.ToString(headerCells[i], CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (header.Length > 0 && layout.ColumnFor(header) is { } column && positions.All(p => p.Position.Column != column))
            {
                positions.Add((i, new SheetColumnPosition(column, header, ColumnLetter(i))));
            }
        }

        if (positions.Count == 0)
        {
            throw new SheetFileException(
                "import.no-known-columns",
                $"Row 1 must hold the column headers of the {layout.ListName} template: {string.Join(", ", layout.Columns.Select(c => c.TemplateHeader))}.");
        }

        var sheetRows = new List<SheetRow>();
        var scanned = 0;
        while (rows.MoveNext())
        {
            if (++scanned > SheetLimits.MaxScannedRows)
            {
                throw new SheetFileException(
                    "import.too-many-rows", $"A file can hold at most {SheetLimits.MaxScannedRows} rows after the header, blank rows included; remove the blank rows or split it.");
            }

            var (rowNumber, cells) = rows.Current;
            if (cells.All(IsBlank))
            {
                continue;
            }

            if (sheetRows.Count == MaxRows)
            {
                throw new SheetFileException("import.too-many-rows", $"A file can hold at most {MaxRows} data rows; split it.");
            }

            var values = new JsonObject();
            var errors = new List<FieldError>();
            foreach (var (index, position) in positions)
            {
                var cell = index < cells.Count ? cells[index] : null;
                if (IsBlank(cell))
                {
                    continue;
                }

                if (SheetCells.TryConvert(cell!, position.Column.Kind, out var value, out var problem)
                    && TryChoose(position.Column, ref value, ref problem))
                {
                    values[position.Column.Field] = value;
                }
                else
                {
                    errors.Add(new FieldError(position.Column.Field, problem, position.Header, position.Letter));
                }
            }

            sheetRows.Add(new SheetRow(rowNumber, values, errors));
        }

        return new Sheet(positions.Select(p => p.Position).ToArray(), sheetRows);
    }

    /// <summary>A column with choices takes a Chinese label or a canonical name and passes the canonical name on.</summary>
    private static bool TryChoose(SheetColumn column, ref JsonNode? value, ref string problem)
    {
        if (column.Choices is not { } choices || value is null)
        {
            return true;
        }

        var written = value.GetValue<string>();
        if (choices.TryCanonical(written, out var name))
        {
            value = JsonValue.Create(name);
            return true;
        }

        problem = $"'{written}' is not one of: {choices.Described}.";
        return false;
    }

    private static IEnumerable<(int Row, IReadOnlyList<object?> Cells)> ReadXlsx(byte[] content)
    {
        XlsxPackage.Check(content);

        // Without a header row MiniExcel keys cells by column letter and keeps blank rows, so positions are the sheet's own.
        using var rows = Unreadable(() => MiniExcel.Query(new MemoryStream(content, writable: false), useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().GetEnumerator());
        for (var number = 1; Unreadable(rows.MoveNext); number++)
        {
            var row = rows.Current;
            if (row.Count > SheetLimits.MaxColumns)
            {
                throw TooWide(row.Count);
            }

            yield return (number, Enumerable.Range(0, row.Count).Select(c => row.TryGetValue(ColumnLetter(c), out var value) ? value : null).ToArray());
        }
    }

    private static T Unreadable<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or IOException)
        {
            throw new SheetFileException("import.unreadable-file", "The workbook could not be read; save it again as .xlsx.", inner: ex);
        }
    }

    private static IEnumerable<(int Row, IReadOnlyList<object?> Cells)> ReadCsv(byte[] content)
    {
        var start = content.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        CheckLineLengths(content.AsSpan(start));
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, MaxRecordSize = SheetLimits.MaxCsvLineBytes };
        using var csv = CsvReader.Create(new MemoryStream(content, start, content.Length - start, writable: false), options, leaveOpen: false);
        while (UnreadableCsv(csv.Read))
        {
            if (csv.FieldCount > SheetLimits.MaxColumns)
            {
                throw TooWide(csv.FieldCount);
            }

            // The line where the record starts is the row a spreadsheet program shows for it.
            yield return ((int)csv.LineNumber, UnreadableCsv(() => Enumerable.Range(0, csv.FieldCount).Select(i => (object?)csv.GetString(i)).ToArray()));
        }
    }

    private static T UnreadableCsv<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is CsvFormatException or DecoderFallbackException)
        {
            throw new SheetFileException("import.unreadable-file", "The CSV file could not be read; save it as UTF-8 CSV.", inner: ex);
        }
    }

    // Physical lines, so one over-long line is refused before CsvHelper buffers it; MaxRecordSize bounds a record of many lines.
    private static void CheckLineLengths(ReadOnlySpan<byte> content)
    {
        while (!content.IsEmpty)
        {
            var end = content.IndexOfAny((byte)'\r', (byte)'\n');
            if ((end < 0 ? content.Length : end) > SheetLimits.MaxCsvLineBytes)
            {
                throw new SheetFileException(
                    "import.line-too-long", $"A line of the CSV file is longer than {SheetLimits.MaxCsvLineBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
            }

            content = end < 0 ? [] : content[(end + 1)..];
        }
    }

    internal static SheetFileException TooWide(long columns) => new(
        "import.too-many-columns", $"The sheet is {columns} columns wide; a file can have at most {SheetLimits.MaxColumns} columns.");

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
