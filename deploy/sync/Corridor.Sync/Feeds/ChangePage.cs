namespace Corridor.Sync.Feeds;

/// <summary>One page of a change feed: the entries in journal order, the cursor to continue from and whether more is waiting.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeEntry> Changes, string? Next, bool HasMore);
