namespace Corridor.BuildingBlocks.Sheets;

/// <summary>Where a column of the layout was found in the uploaded sheet.</summary>
public sealed record SheetColumnPosition(SheetColumn Column, string Header, string Letter);
