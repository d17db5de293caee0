using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Batches;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>One data row of an uploaded sheet: its row number as the user sees it, its typed values, and the cells that could not be read.</summary>
public sealed record SheetRow(int Row, JsonObject Values, IReadOnlyList<FieldError> CellErrors);
