using System.Text.Json;
using Corridor.BuildingBlocks.Batches;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>A sheet's rows as batch items; a cell that does not fit its field is that row's field error.</summary>
public static class SheetItems
{
    public static BatchItem<TRequest>[] Of<TRequest>(Sheet sheet) => sheet.Rows.Select((row, index) => ReadRow<TRequest>(index, row)).ToArray();

    private static BatchItem<TRequest> ReadRow<TRequest>(int index, SheetRow row)
    {
        try
        {
            return new BatchItem<TRequest>(index, row.Row, row.Values.Deserialize<TRequest>(JsonSerializerOptions.Web), row.CellErrors);
        }
        catch (JsonException json)
        {
            return new BatchItem<TRequest>(index, row.Row, default, [.. row.CellErrors, new FieldError(BatchJson.FieldOf(json.Path), "The value is not valid for this field.")]);
        }
    }
}
