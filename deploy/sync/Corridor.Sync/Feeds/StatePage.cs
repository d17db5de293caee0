namespace Corridor.Sync.Feeds;

/// <summary>One page of a service's current state (for verify).</summary>
public sealed record StatePage(IReadOnlyList<StateRecord> Records, string? Next, bool HasMore);
