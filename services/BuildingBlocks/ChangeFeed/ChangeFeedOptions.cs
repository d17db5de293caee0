namespace Corridor.BuildingBlocks.ChangeFeed;

public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>Superseded entries and tombstones older than this are pruned; a cursor that predates a pruned tombstone gets 410.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a following stream looks for new changes when nothing woke it.</summary>
    public TimeSpan FollowPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tombstones pruned per cleanup run, to keep each run short.</summary>
    public int PruneBatchSize { get; set; } = 1000;
}
