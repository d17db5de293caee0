using System.Text.Json.Serialization;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>One reason an item was rejected; from a spreadsheet also the column as the user sees it.</summary>
public sealed record FieldError(
    string Field,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Column = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ColumnLetter = null);
