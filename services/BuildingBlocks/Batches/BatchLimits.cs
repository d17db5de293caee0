namespace Corridor.BuildingBlocks.Batches;

/// <summary>What one batch may hold, whichever service takes it; a sheet's rows are bounded by <see cref="Sheets.SheetLimits"/>.</summary>
public static class BatchLimits
{
    public const int MaxItems = 10_000;
}
