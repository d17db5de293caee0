namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>A change with its feed position.</summary>
public sealed record PositionedChange(long Position, ChangeJournalEntry Entry);

public sealed record ChangePage(IReadOnlyList<PositionedChange> Changes, long Next, bool HasMore);

public sealed record StatePage(IReadOnlyList<RecordState> Records, string? Next, bool HasMore);
