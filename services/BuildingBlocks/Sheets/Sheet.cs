using Corridor.BuildingBlocks.Batches;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>An uploaded sheet read against a layout.</summary>
public sealed record Sheet(IReadOnlyList<SheetColumnPosition> Columns, IReadOnlyList<SheetRow> Rows)
{
    public FieldError ErrorFor(string field, string message)
    {
        var position = Columns.FirstOrDefault(c => string.Equals(c.Column.Field, field, StringComparison.OrdinalIgnoreCase));
        return new FieldError(field, message, position?.Header, position?.Letter);
    }
}
