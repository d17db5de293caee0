namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// The highest feed position whose tombstone was pruned: a cursor below it may have missed a deletion,
/// so it is refused (410) and the client re-reads from the start. One row per database.
/// </summary>
public sealed class ChangeFeedHorizon
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long PrunedThrough { get; set; }
}
