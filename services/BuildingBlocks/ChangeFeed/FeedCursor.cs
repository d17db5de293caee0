namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// A place in the feed and the horizon (highest pruned tombstone) when it was handed out. A reader misses
/// a deletion only if a tombstone after its position was pruned after its cursor was issued, so a cursor
/// is refused only when the horizon has since moved past both.
/// </summary>
public readonly record struct FeedCursor(long Position, long Horizon)
{
    public static FeedCursor Start => new(0, 0);

    public bool IsExpiredBy(long currentHorizon) => currentHorizon > Position && currentHorizon > Horizon;
}
