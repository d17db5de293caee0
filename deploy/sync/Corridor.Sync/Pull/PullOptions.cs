namespace Corridor.Sync.Pull;

/// <summary>How a pull reads the feeds: page size, and whether (and how long) it keeps following once caught up.</summary>
public sealed record PullOptions(int Limit, bool Follow, TimeSpan PollInterval, TimeSpan? UntilIdle);
