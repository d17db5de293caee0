namespace Corridor.BuildingBlocks.Sheets;

/// <summary>The columns of one list type's spreadsheet, in template order.</summary>
public sealed record SheetLayout(string ListName, IReadOnlyList<SheetColumn> Columns)
{
    public SheetColumn? ColumnFor(string header) => Columns.FirstOrDefault(c => c.Matches(header));

    public SheetColumn? ColumnForField(string field) =>
        Columns.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase));
}
