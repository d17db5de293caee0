namespace Corridor.BuildingBlocks.ChangeFeed;

public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>Superseded entries and tombstones older than this are pruned; a cursor that predates a pruned tombstone gets 410.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a following stream looks for new changes when nothing woke it.</summary>
    public TimeSpan FollowPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tombstones pruned per cleanup run, and superseded entries deleted per statement, to keep each short.</summary>
    public int PruneBatchSize { get; set; } = 1000;

    /// <summary>Follow streams one caller (person or client) may hold open at once on one replica; one more is RESOURCE_EXHAUSTED.</summary>
    public int MaxFollowersPerCaller { get; set; } = 4;

    /// <summary>A follow stream ends (OK) after this long; the follower resumes from the last position it received.</summary>
    public TimeSpan MaxFollowDuration { get; set; } = TimeSpan.FromHours(1);
}
