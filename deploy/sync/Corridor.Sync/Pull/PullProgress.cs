namespace Corridor.Sync.Pull;

/// <summary>A service's pull after a page: what was read so far and whether it has caught up with the feed.</summary>
public sealed record PullProgress(string Service, long Changes, long Pages, bool CaughtUp, bool Resnapshotting);
