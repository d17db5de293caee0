namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>A change with its feed position.</summary>
public sealed record PositionedChange(long Position, ChangeJournalEntry Entry);

/// <param name="Horizon">The journal's horizon during this read; every cursor handed out with the page carries it.</param>
public sealed record ChangePage(IReadOnlyList<PositionedChange> Changes, long Next, bool HasMore, long Horizon)
{
    public FeedCursor CursorAt(long position) => new(position, Horizon);
}

public sealed record StatePage(IReadOnlyList<RecordState> Records, string? Next, bool HasMore);
